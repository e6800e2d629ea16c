using System.Text.RegularExpressions;
using Informatica2Spark.Core.Expressions.Sql;
using Informatica2Spark.Core.Expressions.Types;
using Informatica2Spark.Core.Model;

namespace Informatica2Spark.Core.Mappings.Plan;

/// <summary>The Lookup policy on multiple match (TG: Lookup Transformation > Lookup Properties).</summary>
public enum LookupPolicy
{
    UseFirstValue,
    UseLastValue,
    UseAnyValue,
    ReportError,
    UseAllValues,
}

/// <summary>One lookup condition: a lookup port compared with an input port (TG: Lookup > Lookup Condition).</summary>
public sealed record LookupCondition(Port LookupPort, SqlBinaryOperator Operator, Port InputPort);

/// <summary>
/// A Lookup transformation as the plan joins it, connected or called through <c>:LKP</c> (TG: Lookup Transformation):
/// its lookup source read by the driver (<see cref="LookupRead"/>: the lookup ports in port order), its conditions
/// ANDed, with <c>=</c> matching NULL to NULL (<c>&lt;=&gt;</c>; TG: Lookup Condition: "the Integration Service
/// matches null values") and the other operators (<c>!=</c>, <c>&lt;</c>, <c>&lt;=</c>, <c>&gt;</c>, <c>&gt;=</c>)
/// as SQL compares, and its policy on multiple match. First and last follow the ORDER BY PowerCenter generates for
/// a cached lookup, every lookup port in port order (TG: Lookup Query > Overriding the ORDER BY Statement), NULL
/// highest unless Null ordering says lowest; Use Any Value returns the first in that order. A lookup port's default
/// value is what it returns when no row matches (TG: Lookup > Default Values), NULL otherwise.
/// </summary>
/// <remarks>
/// The join is computed per distinct key (the values the input ports receive), so each input row gets one result:
/// the keys, the lookup rows matching each key with their rank in the lookup order and their count, the chosen row
/// per key, then the stream LEFT OUTER JOIN the chosen rows on its keys (<c>&lt;=&gt;</c>). Use All Values joins every
/// matching row (more rows: an active lookup); Report Error gives a row error to each row with several matches.
/// </remarks>
public sealed partial class LookupJoin
{
    private const string Keys = "k", Lookup = "l", Chosen = "c", Stream = "s";

    private LookupJoin(Transformation transformation, string instance, IReadOnlyList<LookupCondition> conditions, LookupPolicy policy)
    {
        Transformation = transformation;
        Instance = instance;
        Conditions = conditions;
        Policy = policy;
    }

    public Transformation Transformation { get; }

    /// <summary>The lookup instance.</summary>
    public string Instance { get; }

    public IReadOnlyList<LookupCondition> Conditions { get; }

    public LookupPolicy Policy { get; }

    /// <summary>The lookup ports (columns of the lookup source), in port order.</summary>
    public IReadOnlyList<Port> LookupPorts => [.. Transformation.Ports.Where(p => p.Direction.HasFlag(PortDirection.Lookup))];

    /// <summary>The input ports (not lookup ports), in port order: an unconnected call's arguments, in order.</summary>
    public IReadOnlyList<Port> InputPorts => [.. Transformation.Ports.Where(p => p.Direction.HasFlag(PortDirection.Input) && !p.Direction.HasFlag(PortDirection.Lookup))];

    /// <summary>The lookup of a Lookup Procedure instance.</summary>
    /// <exception cref="LoweringRefusedException">A dynamic cache, a pipeline lookup source, or a condition that is not a lookup port compared with an input port.</exception>
    public static LookupJoin Of(Transformation transformation, string instance)
    {
        var attributes = transformation.TableAttributes;
        if (Flag(attributes.Get("Dynamic Lookup Cache")))
        {
            throw new LoweringRefusedException("it uses a dynamic lookup cache, which inserts and updates rows in the cache as rows pass (NewLookupRow): a join over the lookup source cannot reproduce it");
        }

        if (attributes.Get("Source Type") is { } type && type.Equals("Source Qualifier", StringComparison.OrdinalIgnoreCase))
        {
            throw new LoweringRefusedException("its lookup source is a pipeline (Source Type: Source Qualifier), which is not translated");
        }

        var policy = (attributes.Get("Lookup policy on multiple match") ?? "Use First Value").Trim().ToUpperInvariant() switch
        {
            "USE LAST VALUE" => LookupPolicy.UseLastValue,
            "USE ANY VALUE" => LookupPolicy.UseAnyValue,
            "REPORT ERROR" => LookupPolicy.ReportError,
            "USE ALL VALUES" => LookupPolicy.UseAllValues,
            _ => LookupPolicy.UseFirstValue,
        };
        var text = attributes.Get("Lookup condition") ?? string.Empty;
        var conditions = AndPattern().Split(text.Trim()).Where(c => c.Trim().Length > 0).Select(c => Condition(transformation, c.Trim())).ToList();
        if (conditions.Count == 0)
        {
            throw new LoweringRefusedException("it has no Lookup condition");
        }

        return new LookupJoin(transformation, instance, conditions, policy);
    }

    /// <summary>Registers the lookup source with the driver (once per instance) and returns its view.</summary>
    public Relation Read(LoweringContext context)
    {
        var attributes = Transformation.TableAttributes;
        var flatFile = attributes.Get("Source Type") is { } type && type.Contains("Flat", StringComparison.OrdinalIgnoreCase);
        var columns = LookupPorts.Select(p => new PlanColumn(p.Name, LoweringContext.PortType(p) ?? PcType.Unknown)).ToList();
        return context.ReadLookup(Instance, view => new LookupRead(Instance, view, [.. LookupPorts.Select(p => p.Name)],
            flatFile ? LookupSourceKind.FlatFile : LookupSourceKind.Relational,
            NonEmpty(attributes.Get("Lookup table name")), NonEmpty(attributes.Get("Lookup Sql Override")),
            NonEmpty(attributes.Get("Lookup Source Filter")), NonEmpty(attributes.Get("Connection Information"))), columns);
    }

    /// <summary>
    /// Joins the lookup to <paramref name="stream"/>: <paramref name="keys"/> gives the value of each input port the
    /// conditions use (over the stream's columns), <paramref name="returned"/> the lookup ports whose values come
    /// back, each as the column <c>{prefix}.{port}</c>. Returns the stream with those columns (a new stream for Use
    /// All Values) and the column of each returned port.
    /// </summary>
    public (Relation Relation, IReadOnlyDictionary<string, PlanColumn> Columns) Join(
        LoweringContext context, Relation stream, IReadOnlyDictionary<string, SqlExpr> keys, IReadOnlyList<Port> returned, string prefix, string tag)
    {
        var source = Read(context);
        NoteOrder(context);
        var keyPorts = Conditions.Select(c => c.InputPort).DistinctBy(p => p.Name, StringComparer.OrdinalIgnoreCase).ToList();
        var keyColumns = keyPorts.Select(p => new PlanColumn($"{prefix}.__key_{p.Name}", LoweringContext.PortType(p) ?? PcType.Unknown)).ToList();
        var keyOf = keyPorts.Select((p, i) => (p.Name, Column: keyColumns[i])).ToDictionary(p => p.Name, p => p.Column, StringComparer.OrdinalIgnoreCase);
        var keySet = context.Start($"__{tag}keys", $"the distinct values {Instance} is looked up with",
            _ => new SqlSelect([.. keyPorts.Select((p, i) => new SqlSelectItem(keys[p.Name], keyColumns[i].Name))], new SqlTable(stream.View)) { Distinct = true }, keyColumns);

        var values = returned.Select(p => new PlanColumn($"{prefix}.__value_{p.Name}", LoweringContext.PortType(p) ?? PcType.Unknown)).ToList();
        var found = new PlanColumn($"{prefix}.__found", PcType.Integer);
        var rank = new PlanColumn($"{prefix}.__n", PcType.BigInt);
        var count = new PlanColumn($"{prefix}.__count", PcType.BigInt);
        var single = Policy != LookupPolicy.UseAllValues;
        SqlExpr? on = null;
        foreach (var condition in Conditions)
        {
            var compare = new SqlBinary(condition.Operator, new SqlColumn(condition.LookupPort.Name) { Table = Lookup }, new SqlColumn(keyOf[condition.InputPort.Name].Name) { Table = Keys });
            on = on is null ? compare : new SqlBinary(SqlBinaryOperator.And, on, compare);
        }

        var partition = keyColumns.Select(c => (SqlExpr)new SqlColumn(c.Name) { Table = Keys }).ToList();
        var matches = context.Start($"__{tag}matches", $"the rows of {Instance} that match each value",
            _ => new SqlSelect(
                [
                    new SqlSelectItem(new SqlStar(Keys)),
                    .. returned.Select((p, i) => new SqlSelectItem(new SqlColumn(p.Name) { Table = Lookup }, values[i].Name)),
                    new SqlSelectItem(SqlLiteral.Int(1), found.Name),
                    .. single ? new[]
                    {
                        new SqlSelectItem(new SqlWindow(new SqlFunction("row_number"), partition, Order()), rank.Name),
                        new SqlSelectItem(new SqlWindow(new SqlAggregate("count", null), partition, []), count.Name),
                    } : [],
                ],
                new SqlJoin(new SqlTable(keySet.View, Keys), new SqlTable(source.View, Lookup), SqlJoinKind.Inner, on)),
            [.. keyColumns, .. values, found, .. single ? new[] { rank, count } : []]);
        var chosen = single
            ? context.Start($"__{tag}match", $"one row per value: {Describe(Policy)}",
                _ => new SqlSelect([new SqlSelectItem(new SqlStar())], new SqlTable(matches.View)) { Where = new SqlBinary(SqlBinaryOperator.Equal, new SqlColumn(rank.Name), SqlLiteral.Int(1)) },
                matches.Columns)
            : matches;

        SqlExpr? match = null;
        foreach (var (port, column) in keyPorts.Select((p, i) => (p, keyColumns[i])))
        {
            var equal = new SqlBinary(SqlBinaryOperator.NullSafeEqual, new SqlColumn(column.Name) { Table = Chosen }, Qualified(keys[port.Name]));
            match = match is null ? equal : new SqlBinary(SqlBinaryOperator.And, match, equal);
        }

        var outputs = returned.Select(p => new PlanColumn($"{prefix}.{p.Name}", LoweringContext.PortType(p) ?? PcType.Unknown)).ToList();
        var error = new PlanColumn($"{prefix}.__error", PcType.String());
        var items = new List<SqlSelectItem> { new(new SqlStar(Stream)) };
        items.AddRange(returned.Select((p, i) => new SqlSelectItem(
            Default(context, p) is { } fallback
                ? new SqlCase([new SqlWhen(new SqlIsNull(new SqlColumn(found.Name) { Table = Chosen }), fallback)], new SqlColumn(values[i].Name) { Table = Chosen })
                : new SqlColumn(values[i].Name) { Table = Chosen },
            outputs[i].Name)));
        if (Policy == LookupPolicy.ReportError)
        {
            items.Add(new SqlSelectItem(new SqlCase([new SqlWhen(new SqlBinary(SqlBinaryOperator.Greater, new SqlColumn(count.Name) { Table = Chosen }, SqlLiteral.Int(1)),
                SqlLiteral.String($"lookup {Instance} found several rows for one value (Lookup policy on multiple match: Report Error)"))], null), error.Name));
        }

        SqlQuery Joined(string view) => new SqlSelect(items, new SqlJoin(new SqlTable(stream.View, Stream), new SqlTable(chosen.View, Chosen), SqlJoinKind.LeftOuter, match));
        var comment = $"looks up {Instance} where {string.Join(" AND ", Conditions.Select(c => $"{c.LookupPort.Name} {Operator(c.Operator)} {c.InputPort.Name}"))}";
        Relation joined;
        if (!single)
        {
            joined = context.Start($"__{tag}joined", comment + ", every matching row", Joined, [.. stream.Columns, .. outputs]);
        }
        else if (Policy == LookupPolicy.ReportError)
        {
            var checkedRows = context.Continue(stream, $"__{tag}checked", comment + ", marking several matches as a row error", Joined, [.. outputs, error]);
            context.Reject(checkedRows, error);
            joined = context.Continue(checkedRows, $"__{tag}joined", "keeps the rows without a row error (PowerCenter skips the others)",
                _ => new SqlSelect([new SqlSelectItem(new SqlStar())], new SqlTable(checkedRows.View)) { Where = new SqlIsNull(new SqlColumn(error.Name)) }, []);
        }
        else
        {
            joined = context.Continue(stream, $"__{tag}joined", comment, Joined, outputs);
        }

        return (joined, returned.Select((p, i) => (p.Name, Column: outputs[i])).ToDictionary(p => p.Name, p => p.Column, StringComparer.OrdinalIgnoreCase));
    }

    /// <summary>The order that makes a row first or last: the lookup ports in port order, NULL highest unless Null ordering says lowest.</summary>
    private IReadOnlyList<SqlOrder> Order()
    {
        var last = Policy == LookupPolicy.UseLastValue;
        var nullsLow = Transformation.TableAttributes.Get("Null ordering") is { } ordering && ordering.Contains("Lowest", StringComparison.OrdinalIgnoreCase);
        return [.. LookupPorts.Select(p => new SqlOrder(new SqlColumn(p.Name) { Table = Lookup }, Descending: last, NullsFirst: nullsLow != last))];
    }

    private void NoteOrder(LoweringContext context)
    {
        switch (Policy)
        {
            case LookupPolicy.UseAnyValue:
                context.Note("Use Any Value: the first matching row in the lookup ports' order is returned");
                break;
            case LookupPolicy.UseFirstValue or LookupPolicy.UseLastValue when Transformation.TableAttributes.Get("Lookup Sql Override") is { } sql && sql.Contains("ORDER BY", StringComparison.OrdinalIgnoreCase):
                context.Approximate("the ORDER BY of the Lookup Sql Override is not kept: first and last follow the lookup ports in port order");
                break;
        }

        if (Transformation.TableAttributes.Get("Lookup caching enabled") is { } cached && cached.Equals("NO", StringComparison.OrdinalIgnoreCase))
        {
            context.Note("the lookup is not cached in PowerCenter (one query per row); the plan reads its source once");
        }
    }

    /// <summary>The value a returned port gives when no row matches: its default value, or null for NULL.</summary>
    private static SqlExpr? Default(LoweringContext context, Port port)
    {
        if (string.IsNullOrWhiteSpace(port.DefaultValue) || port.DefaultValue.Trim().Equals("NULL", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var translation = context.Translate($"{port.Name} default", port.DefaultValue, context.Scope([]));
        var type = LoweringContext.PortType(port) ?? translation.Type;
        return PortConversions.Convert(translation.Value!, translation.Type, type, context.Settings);
    }

    /// <summary>A key expression over the stream's columns, read from the stream's side of the final join.</summary>
    private static SqlExpr Qualified(SqlExpr key) =>
        SqlTree.Rewrite(key, node => node is SqlColumn { Table: null } column ? column with { Table = Stream } : null);

    private static LookupCondition Condition(Transformation transformation, string clause)
    {
        var match = ConditionPattern().Match(clause);
        if (!match.Success)
        {
            throw new LoweringRefusedException($"the lookup condition '{clause}' is not a lookup port compared with an input port");
        }

        Port? Find(string name) => transformation.Ports.FirstOrDefault(p => p.Name.Equals(name, StringComparison.OrdinalIgnoreCase));
        var left = Find(match.Groups[1].Value);
        var right = Find(match.Groups[3].Value);
        var op = match.Groups[2].Value switch
        {
            "=" => SqlBinaryOperator.NullSafeEqual,
            "!=" or "<>" => SqlBinaryOperator.NotEqual,
            "<" => SqlBinaryOperator.Less,
            "<=" => SqlBinaryOperator.LessOrEqual,
            ">" => SqlBinaryOperator.Greater,
            _ => SqlBinaryOperator.GreaterOrEqual,
        };
        bool IsLookup(Port? p) => p is not null && p.Direction.HasFlag(PortDirection.Lookup);
        bool IsInput(Port? p) => p is not null && p.Direction.HasFlag(PortDirection.Input) && !p.Direction.HasFlag(PortDirection.Lookup);
        if (IsLookup(left) && IsInput(right))
        {
            return new LookupCondition(left!, op, right!);
        }

        if (IsInput(left) && IsLookup(right))
        {
            return new LookupCondition(right!, Mirror(op), left!);
        }

        throw new LoweringRefusedException($"the lookup condition '{clause}' does not compare a lookup port with an input port");
    }

    private static SqlBinaryOperator Mirror(SqlBinaryOperator op) => op switch
    {
        SqlBinaryOperator.Less => SqlBinaryOperator.Greater,
        SqlBinaryOperator.LessOrEqual => SqlBinaryOperator.GreaterOrEqual,
        SqlBinaryOperator.Greater => SqlBinaryOperator.Less,
        SqlBinaryOperator.GreaterOrEqual => SqlBinaryOperator.LessOrEqual,
        _ => op,
    };

    private static string Operator(SqlBinaryOperator op) => op switch
    {
        SqlBinaryOperator.NullSafeEqual => "=",
        SqlBinaryOperator.NotEqual => "!=",
        SqlBinaryOperator.Less => "<",
        SqlBinaryOperator.LessOrEqual => "<=",
        SqlBinaryOperator.Greater => ">",
        _ => ">=",
    };

    private static string Describe(LookupPolicy policy) => policy switch
    {
        LookupPolicy.UseLastValue => "the last in the lookup ports' order (Use Last Value)",
        LookupPolicy.UseAnyValue => "any, the first in the lookup ports' order (Use Any Value)",
        LookupPolicy.ReportError => "the first, with the number of matches for Report Error",
        _ => "the first in the lookup ports' order (Use First Value)",
    };

    private static bool Flag(string? value) => value is not null && value.Trim().Equals("YES", StringComparison.OrdinalIgnoreCase);

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    [GeneratedRegex(@"\s+AND\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AndPattern();

    [GeneratedRegex(@"^\(?\s*([A-Za-z_$#][\w$#]*)\s*(=|!=|<>|<=|>=|<|>)\s*([A-Za-z_$#][\w$#]*)\s*\)?$", RegexOptions.CultureInvariant)]
    private static partial Regex ConditionPattern();
}
