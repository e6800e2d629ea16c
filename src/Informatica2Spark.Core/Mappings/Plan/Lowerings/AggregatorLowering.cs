using Informatica2Spark.Core.Expressions.Sql;
using Informatica2Spark.Core.Expressions.Translation;
using Informatica2Spark.Core.Model;

namespace Informatica2Spark.Core.Mappings.Plan.Lowerings;

/// <summary>
/// Aggregator (TG: Aggregator Transformation): one row per group of the group by ports (<c>EXPRESSIONTYPE="GROUPBY"</c>),
/// one group for all rows when there is none. Output and variable port expressions may use aggregate functions,
/// which skip NULLs (COUNT of nothing is 0, TLR: Aggregate Functions and Nulls) and take a filter condition
/// (<c>SUM(x, cond)</c>, as <c>FILTER (WHERE ...)</c>). A variable port is inlined where it is read: inside an
/// aggregate it is computed on each row, outside on the group. A port value read outside an aggregate function, and a
/// connected port that is neither grouped nor computed, gives the value of the group's last row (TG: Group By Ports:
/// "the Integration Service returns the last row received for each group"): <c>max_by(value, row)</c> over the
/// arrival-order column <see cref="ArrivalOrder"/>, numbered with <c>monotonically_increasing_id()</c> as Spark reads
/// the input. That order follows the source within a partition but is not PowerCenter's arrival order once Spark has
/// shuffled rows, so such ports are approximated. Sorted Input changes only how PowerCenter caches; Spark ignores it.
/// </summary>
public sealed class AggregatorLowering : ITransformationLowering
{
    public IReadOnlyList<string> Types { get; } = ["Aggregator"];

    public IReadOnlyDictionary<string, PortValue> Lower(LoweringContext context)
    {
        var transformation = context.Transformation;
        var stream = context.Stream();
        var scope = context.Scope();
        var groupBy = transformation.Ports.Where(p => IsGroupBy(p) && context.Inputs.ContainsKey(p.Name)).ToList();
        var keys = groupBy.Select(p => (SqlExpr)LoweringContext.Column(context.Inputs[p.Name].Column)).ToList();
        var keyColumns = keys.OfType<SqlColumn>().Select(c => c.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);

        var variables = new Dictionary<string, SqlExpr>(StringComparer.OrdinalIgnoreCase);
        var items = new List<(Port Port, PlanColumn Column, SqlExpr Value)>();
        var lastRow = new List<string>();
        var computed = transformation.Ports.Where(p => !context.Inputs.ContainsKey(p.Name) && !string.IsNullOrWhiteSpace(p.Expression)
            && (p.Direction.HasFlag(PortDirection.Variable) || p.Direction.HasFlag(PortDirection.Output)))
            .OrderBy(p => p.Direction.HasFlag(PortDirection.Variable) ? 0 : 1).ToList();
        foreach (var port in computed)
        {
            var translation = context.Translate(port.Name, port.Expression!, scope, aggregates: true);
            var type = LoweringContext.PortType(port) ?? translation.Type;
            var pending = computed.SkipWhile(p => p != port).Where(p => p.Direction.HasFlag(PortDirection.Variable)).Select(p => context.ColumnOf(p.Name)).ToHashSet(StringComparer.OrdinalIgnoreCase);
            var value = Inline(PortConversions.Convert(translation.Value!, translation.Type, type, context.Settings), variables, pending, port.Name);
            if (translation.Error is { } error)
            {
                value = new SqlCase([new SqlWhen(new SqlIsNull(Inline(error, variables, pending, port.Name)), value)], null);
                context.Approximate($"a row error in {port.Name} outside an aggregate function gives NULL for the group instead of skipping its row");
            }

            if (Nested(value))
            {
                throw new LoweringRefusedException($"port {port.Name} nests an aggregate function in another through a variable port, which Spark cannot compute in one step");
            }

            if (port.Direction.HasFlag(PortDirection.Variable))
            {
                variables[context.ColumnOf(port.Name)] = value;
                continue;
            }

            var grouped = LastRow(value, keyColumns, out var readsRows);
            if (readsRows)
            {
                lastRow.Add(port.Name);
            }

            items.Add((port, new PlanColumn(context.ColumnOf(port.Name), type), grouped));
        }

        foreach (var port in transformation.Ports.Where(p => context.Inputs.ContainsKey(p.Name) && p.Direction.HasFlag(PortDirection.Output)))
        {
            var input = context.Inputs[port.Name].Column;
            var column = new PlanColumn(context.ColumnOf(port.Name), LoweringContext.PortType(port) ?? input.Type);
            if (IsGroupBy(port))
            {
                items.Add((port, column, LoweringContext.Column(input)));
            }
            else
            {
                lastRow.Add(port.Name);
                items.Add((port, column, LastRowOf(LoweringContext.Column(input))));
            }
        }

        if (lastRow.Count > 0)
        {
            context.Approximate($"{string.Join(", ", lastRow.OrderBy(n => transformation.Ports.ToList().FindIndex(p => p.Name == n)))} take the value of each group's last row in the order Spark reads the input (monotonically_increasing_id), which is PowerCenter's arrival order only while no shuffle reorders rows");
        }

        if (string.Equals(transformation.TableAttributes.Get("Sorted Input"), "YES", StringComparison.OrdinalIgnoreCase))
        {
            context.Note("Sorted Input is ignored: Spark groups rows in any order");
        }

        if (groupBy.Count == 0)
        {
            context.Note("no group by port: one row for all input rows");
        }

        var ordered = items.OrderBy(i => transformation.Ports.ToList().IndexOf(i.Port)).ToList();
        var numbered = ordered.Any(i => Reads(i.Value, ArrivalOrder.Column));
        SqlRelation from = numbered
            ? new SqlSubquery(new SqlSelect([new SqlSelectItem(new SqlStar()), new SqlSelectItem(new SqlFunction("monotonically_increasing_id"), ArrivalOrder.Column)], new SqlTable(stream.View)), "numbered")
            : new SqlTable(stream.View);
        var comment = groupBy.Count == 0 ? "aggregates all rows" : "aggregates the rows of each " + string.Join(", ", groupBy.Select(p => p.Name));
        var step = context.Start(string.Empty, comment, _ => new SqlSelect([.. ordered.Select(i => new SqlSelectItem(i.Value, i.Column.Name))], from) { GroupBy = keys },
            [.. ordered.Select(i => i.Column)]);
        return ordered.ToDictionary(i => i.Port.Name, i => new PortValue(step, i.Column), StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>A group by port: <c>EXPRESSIONTYPE="GROUPBY"</c>.</summary>
    internal static bool IsGroupBy(Port port) => string.Equals(port.ExpressionType, "GROUPBY", StringComparison.OrdinalIgnoreCase);

    /// <summary>The value of the group's last row.</summary>
    private static SqlExpr LastRowOf(SqlExpr value) => new SqlAggregate("max_by", value, More: [ArrivalOrder.Expression]);

    /// <summary>Each variable port read by <paramref name="value"/> replaced by its expression; a variable not computed yet is refused.</summary>
    private static SqlExpr Inline(SqlExpr value, IReadOnlyDictionary<string, SqlExpr> variables, IReadOnlySet<string> pending, string port) =>
        SqlTree.Rewrite(value, node => node switch
        {
            SqlColumn column when variables.TryGetValue(column.Name, out var inlined) => inlined,
            SqlColumn column when pending.Contains(column.Name) => throw new LoweringRefusedException($"port {port} reads {column.Name} from the previous row (a variable port read before it is computed), which is not translated yet"),
            _ => null,
        });

    /// <summary>The value with every column read outside an aggregate function (other than a group key) as the group's last row.</summary>
    private static SqlExpr LastRow(SqlExpr value, IReadOnlySet<string> keys, out bool readsRows)
    {
        var reads = false;
        var grouped = SqlTree.Rewrite(value, node => node switch
        {
            SqlAggregate => node,
            SqlColumn column when !keys.Contains(column.Name) => Read(LastRowOf(column)),
            _ => null,
        });
        readsRows = reads;
        return grouped;

        SqlExpr Read(SqlExpr last)
        {
            reads = true;
            return last;
        }
    }

    private static bool Nested(SqlExpr value)
    {
        var nested = false;
        SqlTree.Rewrite(value, node =>
        {
            if (node is SqlAggregate aggregate)
            {
                nested |= new[] { aggregate.Argument, aggregate.Filter }.Concat(aggregate.More ?? []).OfType<SqlExpr>().Any(a => Reads(a, null));
                return node;
            }

            return null;
        });
        return nested;
    }

    /// <summary>Whether a tree reads a column (any aggregate, when <paramref name="column"/> is null).</summary>
    private static bool Reads(SqlExpr tree, string? column)
    {
        var found = false;
        SqlTree.Rewrite(tree, node =>
        {
            found |= column is null ? node is SqlAggregate : node is SqlColumn c && c.Name == column;
            return null;
        });
        return found;
    }
}
