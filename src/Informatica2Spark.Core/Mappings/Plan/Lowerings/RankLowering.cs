using Informatica2Spark.Core.Expressions.Sql;
using Informatica2Spark.Core.Expressions.Types;
using Informatica2Spark.Core.Model;

namespace Informatica2Spark.Core.Mappings.Plan.Lowerings;

/// <summary>
/// Rank (TG: Rank Transformation): the top or bottom "Number of Ranks" rows of each group of the group by ports
/// (<c>EXPRESSIONTYPE="GROUPBY"</c>), by the rank port (<c>EXPRESSIONTYPE="RANKPORT"</c>), with the RANKINDEX port
/// numbering them from 1. Rows with equal rank values share a rank index and the next index is skipped (TG: Rank
/// Index: "If two rank values match, they receive the same value in the rank index and the transformation skips the
/// next value"), which is Spark's <c>rank()</c>, not <c>dense_rank()</c>. The Transformation Guide does not say how
/// many rows pass when ties fall on the last rank: the step keeps every row whose rank index is at most the number of
/// ranks, so tied rows on the boundary all pass, and the instance is reported approximated with that choice. Strings
/// compare in lower case when "Case Sensitive String Comparison" is off. NULL rank values rank after every value.
/// </summary>
public sealed class RankLowering : ITransformationLowering
{
    public IReadOnlyList<string> Types { get; } = ["Rank"];

    public IReadOnlyDictionary<string, PortValue> Lower(LoweringContext context)
    {
        var transformation = context.Transformation;
        var stream = context.Stream();
        var rankPort = transformation.Ports.FirstOrDefault(p => string.Equals(p.ExpressionType, "RANKPORT", StringComparison.OrdinalIgnoreCase))
            ?? throw new LoweringRefusedException("no port is the rank port");
        var rankValue = context.Inputs.GetValueOrDefault(rankPort.Name) ?? throw new LoweringRefusedException($"the rank port {rankPort.Name} is not linked");
        var indexPort = transformation.Ports.FirstOrDefault(p => string.Equals(p.ExpressionType, "RANKINDEX", StringComparison.OrdinalIgnoreCase));
        if (transformation.Ports.FirstOrDefault(p => !context.Inputs.ContainsKey(p.Name) && p != indexPort && p.Direction.HasFlag(PortDirection.Output)) is { } computed)
        {
            throw new LoweringRefusedException($"output port {computed.Name} is computed in the Rank transformation, which is not translated yet");
        }

        var top = !string.Equals(transformation.TableAttributes.Get("Top/Bottom"), "Bottom", StringComparison.OrdinalIgnoreCase);
        var ranks = int.TryParse(transformation.TableAttributes.Get("Number of Ranks"), out var n) && n > 0
            ? n
            : throw new LoweringRefusedException($"Number of Ranks '{transformation.TableAttributes.Get("Number of Ranks")}' is not a positive number");
        var caseSensitive = !string.Equals(transformation.TableAttributes.Get("Case Sensitive String Comparison"), "NO", StringComparison.OrdinalIgnoreCase);
        var groupBy = transformation.Ports.Where(p => AggregatorLowering.IsGroupBy(p) && context.Inputs.ContainsKey(p.Name)).ToList();

        var ports = transformation.Ports.Where(p => context.Inputs.ContainsKey(p.Name) && p.Direction.HasFlag(PortDirection.Output)).ToList();
        var columns = ports.Select(p => new PlanColumn(context.ColumnOf(p.Name), LoweringContext.PortType(p) ?? context.Inputs[p.Name].Column.Type)).ToList();
        var index = new PlanColumn(context.ColumnOf(indexPort?.Name ?? "RANKINDEX"), PcType.Integer);
        var order = SorterLowering.Key(LoweringContext.Column(rankValue.Column), rankValue.Column.Type, descending: top, caseSensitive, nullsLow: top);
        var rank = new SqlWindow(new SqlFunction("rank"), [.. groupBy.Select(p => (SqlExpr)LoweringContext.Column(context.Inputs[p.Name].Column))], [order]);
        var ranked = new SqlSelect(
            [.. ports.Select((p, i) => new SqlSelectItem(LoweringContext.Column(context.Inputs[p.Name].Column), columns[i].Name)), new SqlSelectItem(rank, index.Name)],
            new SqlTable(stream.View));
        var by = groupBy.Count == 0 ? string.Empty : " of each " + string.Join(", ", groupBy.Select(p => p.Name));
        var step = context.Start(string.Empty, $"keeps the {(top ? "top" : "bottom")} {ranks} rows{by} by {rankPort.Name}, ties sharing a rank",
            _ => new SqlSelect([new SqlSelectItem(new SqlStar())], new SqlSubquery(ranked, "ranked")) { Where = new SqlBinary(SqlBinaryOperator.LessOrEqual, new SqlColumn(index.Name), SqlLiteral.Int(ranks)) },
            [.. columns, index]);
        context.Approximate($"when rows tie on rank {ranks}, all of them are kept (the Transformation Guide does not say how many PowerCenter passes)");
        var outputs = ports.Select((p, i) => (p.Name, Value: new PortValue(step, columns[i]))).ToDictionary(p => p.Name, p => p.Value, StringComparer.OrdinalIgnoreCase);
        if (indexPort is not null)
        {
            outputs[indexPort.Name] = new PortValue(step, index);
        }

        return outputs;
    }
}
