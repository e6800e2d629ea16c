using System.Text.RegularExpressions;
using Informatica2Spark.Core.Expressions.Sql;
using Informatica2Spark.Core.Expressions.Types;
using Informatica2Spark.Core.Model;

namespace Informatica2Spark.Core.Mappings.Plan.Lowerings;

/// <summary>
/// Joiner (TG: Joiner Transformation): joins the master pipeline (ports whose type holds MASTER) and the detail
/// pipeline on the Join Condition, a list of <c>MASTER_PORT = DETAIL_PORT</c> equalities joined by AND (TG: Joiner >
/// Defining a Join Condition: equality only; a NULL key never matches, so the condition is plain <c>=</c>). The Join
/// Type gives the rows (TG: Joiner > Join Types): Normal keeps the matching pairs; Master Outer keeps every detail row
/// and the matching master rows (detail LEFT OUTER JOIN master); Detail Outer keeps every master row and the matching
/// detail rows (detail RIGHT OUTER JOIN master); Full Outer keeps both. The join starts a new stream whose columns are
/// the joiner's ports, each converted to its port's datatype. Sorted Input only changes how PowerCenter caches the
/// rows, not which rows join: it is ignored, and said so.
/// </summary>
public sealed partial class JoinerLowering : ITransformationLowering
{
    public IReadOnlyList<string> Types { get; } = ["Joiner"];

    public IReadOnlyDictionary<string, PortValue> Lower(LoweringContext context)
    {
        var transformation = context.Transformation;
        var ports = transformation.Ports;
        var master = ports.Where(IsMaster).ToList();
        var detail = ports.Where(p => !IsMaster(p)).ToList();
        var masterStream = Side(context, master, "master");
        var detailStream = Side(context, detail, "detail");
        var kind = JoinKind(transformation.TableAttributes.Get("Join Type"));
        var pairs = Condition(transformation.TableAttributes.Get("Join Condition") ?? string.Empty, ports);
        if (transformation.TableAttributes.Get("Sorted Input") is { } sorted && sorted.Equals("YES", StringComparison.OrdinalIgnoreCase))
        {
            context.Note("Sorted Input is ignored: the join gives the same rows in any input order");
        }

        if (transformation.TableAttributes.Get("Case Sensitive String Comparison") is { } sensitive && sensitive.Equals("NO", StringComparison.OrdinalIgnoreCase))
        {
            context.Approximate("string keys are compared case-sensitively, as Spark compares them; the joiner compares them ignoring case");
        }

        const string MasterAlias = "m", DetailAlias = "d";
        SqlExpr? on = null;
        foreach (var (m, d) in pairs)
        {
            var equal = new SqlBinary(SqlBinaryOperator.Equal, Value(context, d, DetailAlias), Value(context, m, MasterAlias));
            on = on is null ? equal : new SqlBinary(SqlBinaryOperator.And, on, equal);
        }

        var outputs = ports.Where(p => p.Direction.HasFlag(PortDirection.Output)).ToList();
        var columns = outputs.Select(p => new PlanColumn(context.ColumnOf(p.Name), LoweringContext.PortType(p) ?? PcType.Unknown)).ToList();
        var items = outputs.Select((p, i) => new SqlSelectItem(Converted(context, p, IsMaster(p) ? MasterAlias : DetailAlias), columns[i].Name)).ToList();
        var step = context.Start(string.Empty, $"{Describe(kind)} on {string.Join(" AND ", pairs.Select(p => $"{p.Master.Name} = {p.Detail.Name}"))}",
            _ => new SqlSelect(items, new SqlJoin(new SqlTable(detailStream.View, DetailAlias), new SqlTable(masterStream.View, MasterAlias), kind, on)), columns);
        return outputs.Select((p, i) => (p.Name, Value: new PortValue(step, columns[i]))).ToDictionary(p => p.Name, p => p.Value, StringComparer.OrdinalIgnoreCase);
    }

    private static bool IsMaster(Port port) => port.Direction.HasFlag(PortDirection.Master);

    /// <summary>The one stream the linked input ports of one side come from, at its newest view.</summary>
    private static Relation Side(LoweringContext context, IReadOnlyList<Port> ports, string side)
    {
        var relations = ports.Where(p => context.Inputs.ContainsKey(p.Name)).Select(p => context.Inputs[p.Name].Relation).ToList();
        var streams = relations.GroupBy(r => r.Stream).ToList();
        return streams.Count switch
        {
            0 => throw new LoweringRefusedException($"no {side} port of {context.Instance} is linked from upstream"),
            1 => context.Newest(streams[0].First()),
            _ => throw new LoweringRefusedException($"the {side} ports of {context.Instance} come from {streams.Count} pipelines that do not share their rows"),
        };
    }

    /// <summary>The SQL join of a Join Type (TG: Joiner > Join Types); the detail pipeline is the left side.</summary>
    private static SqlJoinKind JoinKind(string? type) => (type ?? "Normal Join").Trim().ToUpperInvariant() switch
    {
        "NORMAL JOIN" or "NORMAL" or "" => SqlJoinKind.Inner,
        "MASTER OUTER JOIN" or "MASTER OUTER" => SqlJoinKind.LeftOuter,
        "DETAIL OUTER JOIN" or "DETAIL OUTER" => SqlJoinKind.RightOuter,
        "FULL OUTER JOIN" or "FULL OUTER" => SqlJoinKind.FullOuter,
        _ => throw new LoweringRefusedException($"Join Type '{type}' is not a PowerCenter join type"),
    };

    private static string Describe(SqlJoinKind kind) => kind switch
    {
        SqlJoinKind.Inner => "normal join: the matching detail and master rows",
        SqlJoinKind.LeftOuter => "master outer join: every detail row with the matching master rows",
        SqlJoinKind.RightOuter => "detail outer join: every master row with the matching detail rows",
        _ => "full outer join: every detail and master row, matched where the keys are equal",
    };

    /// <summary>The (master port, detail port) pairs of a Join Condition; either side may be written first.</summary>
    private static IReadOnlyList<(Port Master, Port Detail)> Condition(string text, IReadOnlyList<Port> ports)
    {
        var clauses = AndPattern().Split(text.Trim()).Where(c => c.Trim().Length > 0).ToList();
        if (clauses.Count == 0)
        {
            throw new LoweringRefusedException("it has no Join Condition");
        }

        var pairs = new List<(Port, Port)>();
        foreach (var clause in clauses)
        {
            var match = EqualityPattern().Match(clause.Trim());
            if (!match.Success)
            {
                throw new LoweringRefusedException($"the join condition '{clause.Trim()}' is not an equality of two ports, which a Joiner requires");
            }

            var left = Port(ports, match.Groups[1].Value);
            var right = Port(ports, match.Groups[2].Value);
            pairs.Add((IsMaster(left), IsMaster(right)) switch
            {
                (true, false) => (left, right),
                (false, true) => (right, left),
                _ => throw new LoweringRefusedException($"the join condition '{clause.Trim()}' does not compare a master port with a detail port"),
            });
        }

        return pairs;
    }

    private static Port Port(IReadOnlyList<Port> ports, string name) =>
        ports.FirstOrDefault(p => p.Name.Equals(name, StringComparison.OrdinalIgnoreCase))
        ?? throw new LoweringRefusedException($"the join condition names {name}, which is not a port of the joiner");

    /// <summary>The value an input port receives, read from its side of the join; NULL when the port is not linked.</summary>
    private static SqlExpr Value(LoweringContext context, Port port, string alias) =>
        context.Inputs.TryGetValue(port.Name, out var value) ? new SqlColumn(value.Column.Name) { Table = alias } : SqlNull.Instance;

    private static SqlExpr Converted(LoweringContext context, Port port, string alias) =>
        context.Inputs.TryGetValue(port.Name, out var value) && LoweringContext.PortType(port) is { } type
            ? PortConversions.Convert(Value(context, port, alias), value.Column.Type, type, context.Settings)
            : Value(context, port, alias);

    [GeneratedRegex(@"\s+AND\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AndPattern();

    [GeneratedRegex(@"^\(?\s*([A-Za-z_$#][\w$#]*)\s*=\s*([A-Za-z_$#][\w$#]*)\s*\)?$", RegexOptions.CultureInvariant)]
    private static partial Regex EqualityPattern();
}
