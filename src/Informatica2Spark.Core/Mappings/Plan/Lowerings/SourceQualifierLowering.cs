using Informatica2Spark.Core.Expressions.Sql;
using Informatica2Spark.Core.Expressions.Types;
using Informatica2Spark.Core.Model;

namespace Informatica2Spark.Core.Mappings.Plan.Lowerings;

/// <summary>
/// Source Qualifier (TG: Source Qualifier Transformation): the rows of its source as the driver reads them. What the
/// qualifier pushes to the source database (SQL override, source filter, user-defined join, select distinct, sorted
/// ports) is part of the read (see the job's sources); the step names each port's column. A SQL override returns its
/// columns in the order of the qualifier's connected ports, as PowerCenter requires. One source per qualifier: a
/// qualifier joining several sources without a SQL override is refused until the join is generated.
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
            throw new LoweringRefusedException($"it joins {sources.Count} sources ({string.Join(", ", sources)}) in the source database, which is not translated yet without a SQL override");
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

        foreach (var pushed in new[] { "Source Filter", "User Defined Join", "Sql Query" }.Where(a => !string.IsNullOrWhiteSpace(transformation.TableAttributes.Get(a))))
        {
            context.Note($"{pushed} is pushed into the source query");
        }

        var step = context.Start(string.Empty, $"reads {sources[0]}{(overridden ? " through the SQL override" : string.Empty)}", _ => new SqlSelect(
            [.. fed.Select((p, i) => new SqlSelectItem(new SqlColumn(read[i]), columns[i].Name))],
            new SqlTable(relation.View)), columns);
        return fed.Select((p, i) => (p.Name, Value: new PortValue(step, columns[i]))).ToDictionary(p => p.Name, p => p.Value, StringComparer.OrdinalIgnoreCase);
    }
}
