using Informatica2Spark.Core.Expressions.Sql;
using Informatica2Spark.Core.Expressions.Types;
using Informatica2Spark.Core.Model;

namespace Informatica2Spark.Core.Mappings.Plan.Lowerings;

/// <summary>
/// Source Qualifier (TG: Source Qualifier Transformation): the rows of its source as the driver reads them. What the
/// qualifier pushes to the source database (SQL override, source filter, user-defined join, select distinct, sorted
/// ports) is part of the read (see the job's sources); the step names each port's column. A SQL override returns its
/// columns in the order of the qualifier's connected ports, as PowerCenter requires. A qualifier of several relational
/// sources of one database without a SQL override reads them through one query pushed to that database, the default
/// query PowerCenter generates (TG: Source Qualifier > Default Query; Joining Source Data): the connected ports in
/// port order, the sources joined by the User Defined Join or else by their primary key-foreign key relationships,
/// the Source Filter, DISTINCT for Select Distinct, and ORDER BY the first Number Of Sorted Ports ports.
/// </summary>
public sealed class SourceQualifierLowering : ITransformationLowering
{
    public IReadOnlyList<string> Types { get; } = ["Source Qualifier"];

    public IReadOnlyDictionary<string, PortValue> Lower(LoweringContext context)
    {
        var transformation = context.Transformation;
        var links = context.SourceLinks();
        var sources = links.Select(l => l.Source.Name).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var overridden = !string.IsNullOrWhiteSpace(transformation.TableAttributes.Get("Sql Query"));
        if (sources.Count == 0)
        {
            throw new LoweringRefusedException("no source definition is linked to it");
        }

        if (sources.Count > 1 && !overridden)
        {
            return Joined(context, links, sources);
        }

        var fed = transformation.Ports.Where(p => p.Direction.HasFlag(PortDirection.Output)).ToList();
        var intoPort = links.GroupBy(l => l.Link.ToPort, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First().Link.FromPort, StringComparer.OrdinalIgnoreCase);
        var read = overridden
            ? fed.Select(p => p.Name).ToList()
            : fed.Select(p => intoPort.GetValueOrDefault(p.Name) ?? p.Name).ToList();
        var relation = context.Read(sources[0], read, [.. read.Select(c => new PlanColumn(c, PcType.String()))]);
        var columns = fed.Select(p => new PlanColumn(context.ColumnOf(p.Name), LoweringContext.PortType(p) ?? PcType.String())).ToList();
        if (overridden)
        {
            context.Note("the SQL override runs in the source database and returns the connected ports in port order");
        }

        NotePushed(context);

        var step = context.Start(string.Empty, $"reads {sources[0]}{(overridden ? " through the SQL override" : string.Empty)}", _ => new SqlSelect(
            [.. fed.Select((p, i) => new SqlSelectItem(new SqlColumn(read[i]), columns[i].Name))],
            new SqlTable(relation.View)), columns);
        return fed.Select((p, i) => (p.Name, Value: new PortValue(step, columns[i]))).ToDictionary(p => p.Name, p => p.Value, StringComparer.OrdinalIgnoreCase);
    }

    private static void NotePushed(LoweringContext context)
    {
        var attributes = context.Transformation.TableAttributes;
        foreach (var pushed in new[] { "Source Filter", "User Defined Join", "Sql Query" }.Where(a => !string.IsNullOrWhiteSpace(attributes.Get(a))))
        {
            context.Note($"{pushed} is pushed into the source query");
        }

        if (attributes.Get("Select Distinct") is { } distinct && distinct.Equals("YES", StringComparison.OrdinalIgnoreCase))
        {
            context.Note("Select Distinct is pushed into the source query");
        }

        if (int.TryParse(attributes.Get("Number Of Sorted Ports"), out var sorted) && sorted > 0)
        {
            context.Note($"the source query orders the rows by the first {sorted} ports; Spark does not keep the order it reads rows in");
        }
    }

    /// <summary>Several sources of one database read through one pushed query (the default query PowerCenter generates).</summary>
    private static IReadOnlyDictionary<string, PortValue> Joined(LoweringContext context, IReadOnlyList<(GraphLink Link, GraphNode Source)> links, IReadOnlyList<string> sources)
    {
        var attributes = context.Transformation.TableAttributes;
        var nodes = sources.Select(s => links.First(l => l.Source.Name.Equals(s, StringComparison.OrdinalIgnoreCase)).Source).ToList();
        if (nodes.Any(n => n.Source is null))
        {
            throw new LoweringRefusedException($"the definition of a source it joins ({string.Join(", ", nodes.Where(n => n.Source is null).Select(n => n.Name))}) is not in the inputs");
        }

        if (nodes.Any(n => n.Source!.FlatFile is not null || n.Source.DatabaseType.Contains("Flat", StringComparison.OrdinalIgnoreCase))
            || nodes.Select(n => n.Source!.DbdName ?? string.Empty).Distinct(StringComparer.OrdinalIgnoreCase).Count() > 1)
        {
            throw new LoweringRefusedException($"it joins {sources.Count} sources ({string.Join(", ", sources)}) that are not relational sources of one database, which the source database cannot join");
        }

        var fed = context.Transformation.Ports.Where(p => p.Direction.HasFlag(PortDirection.Output)).ToList();
        var into = links.GroupBy(l => l.Link.ToPort, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
        var select = fed.Select(p => into.TryGetValue(p.Name, out var l) ? $"{l.Source.Source!.Name}.{l.Link.FromPort} AS {p.Name}" : $"NULL AS {p.Name}").ToList();
        var conditions = new List<string>();
        if (NonEmpty(attributes.Get("User Defined Join")) is { } join)
        {
            conditions.Add($"({join})");
        }
        else
        {
            var names = nodes.Select(n => n.Source!.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
            conditions.AddRange(nodes.SelectMany(n => n.Source!.Fields
                .Where(f => f.ReferencedTable is { } table && names.Contains(table) && !string.IsNullOrEmpty(f.ReferencedField))
                .Select(f => $"{n.Source!.Name}.{f.Name} = {f.ReferencedTable}.{f.ReferencedField}")));
            if (conditions.Count < sources.Count - 1)
            {
                throw new LoweringRefusedException($"it joins {sources.Count} sources ({string.Join(", ", sources)}) with neither a User Defined Join nor primary key-foreign key relationships between them");
            }
        }

        if (NonEmpty(attributes.Get("Source Filter")) is { } filter)
        {
            conditions.Add($"({filter})");
        }

        var distinct = attributes.Get("Select Distinct") is { } d && d.Equals("YES", StringComparison.OrdinalIgnoreCase);
        var sorted = int.TryParse(attributes.Get("Number Of Sorted Ports"), out var count) ? Math.Min(count, fed.Count) : 0;
        var query = $"SELECT {(distinct ? "DISTINCT " : string.Empty)}{string.Join(", ", select)}\nFROM {string.Join(", ", nodes.Select(n => n.Source!.Name))}"
            + (conditions.Count > 0 ? $"\nWHERE {string.Join("\n  AND ", conditions)}" : string.Empty)
            + (sorted > 0 ? $"\nORDER BY {string.Join(", ", fed.Take(sorted).Select(p => p.Name))}" : string.Empty);
        NotePushed(context);
        context.Note($"it joins {string.Join(", ", sources)} in the source database through one query");
        var read = fed.Select(p => p.Name).ToList();
        var relation = context.Read(sources, query, read, [.. read.Select(c => new PlanColumn(c, PcType.String()))]);
        var columns = fed.Select(p => new PlanColumn(context.ColumnOf(p.Name), LoweringContext.PortType(p) ?? PcType.String())).ToList();
        var step = context.Start(string.Empty, $"reads {string.Join(", ", sources)} joined in the source database", _ => new SqlSelect(
            [.. fed.Select((p, i) => new SqlSelectItem(new SqlColumn(read[i]), columns[i].Name))],
            new SqlTable(relation.View)), columns);
        return fed.Select((p, i) => (p.Name, Value: new PortValue(step, columns[i]))).ToDictionary(p => p.Name, p => p.Value, StringComparer.OrdinalIgnoreCase);
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
