using Informatica2Spark.Core.Expressions.Sql;
using Informatica2Spark.Core.Expressions.Translation;
using Informatica2Spark.Core.Model;

namespace Informatica2Spark.Core.Mappings.Plan.Lowerings;

/// <summary>
/// Filter (TG: Filter Transformation): the rows for which the Filter Condition is TRUE; FALSE and NULL drop the row
/// (a number is TRUE when not 0). A row for which the condition raises a row error is skipped. The ports pass their
/// values through, so the step keeps the stream's columns.
/// </summary>
public sealed class FilterLowering : ITransformationLowering
{
    public IReadOnlyList<string> Types { get; } = ["Filter"];

    public IReadOnlyDictionary<string, PortValue> Lower(LoweringContext context)
    {
        context.AllowLookupCalls();
        var stream = context.Stream();
        var text = context.Transformation.TableAttributes.Get("Filter Condition");
        var condition = string.IsNullOrWhiteSpace(text) ? "TRUE" : text;
        var translation = context.Translate("Filter Condition", condition, context.Scope(), ExpressionRole.Condition);
        var where = translation.Error is { } error
            ? new SqlBinary(SqlBinaryOperator.And, new SqlIsNull(error), translation.Value!)
            : translation.Value!;
        stream = context.JoinLookups(stream, [where]);
        var step = context.Continue(stream, string.Empty, $"keeps the rows where {PlanText.OneLine(condition)}", _ => new SqlSelect([new SqlSelectItem(new SqlStar())], new SqlTable(stream.View)) { Where = where }, []);
        return context.Inputs.ToDictionary(i => i.Key, i => i.Value with { Relation = step }, StringComparer.OrdinalIgnoreCase);
    }
}
