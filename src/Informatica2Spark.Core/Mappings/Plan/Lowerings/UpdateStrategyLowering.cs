using Informatica2Spark.Core.Expressions.Sql;
using Informatica2Spark.Core.Expressions.Types;
using Informatica2Spark.Core.Model;

namespace Informatica2Spark.Core.Mappings.Plan.Lowerings;

/// <summary>
/// Update Strategy (TG: Update Strategy Transformation > Flagging Rows Within a Mapping): the Update Strategy
/// Expression gives each row its action, DD_INSERT 0, DD_UPDATE 1, DD_DELETE 2 or DD_REJECT 3, kept in the column
/// <c>INSTANCE.__row_action</c> (<see cref="RowActionPort"/>) that the target load names as its
/// <see cref="TargetLoad.RowAction"/>. Rejected rows never reach the target: with "Forward Rejected Rows" (the
/// default) they go to the step's reject view, counted and kept as PowerCenter writes them to the session's reject
/// file; without it they are dropped. A row whose expression raises a row error is skipped as a row error. A NULL
/// action is passed on as NULL: the writer applies the session's "Treat source rows as" to it.
/// </summary>
public sealed class UpdateStrategyLowering : ITransformationLowering
{
    /// <summary>The port name of the row action column: <c>INSTANCE.__row_action</c>.</summary>
    public const string RowActionPort = "__row_action";

    public IReadOnlyList<string> Types { get; } = ["Update Strategy"];

    public IReadOnlyDictionary<string, PortValue> Lower(LoweringContext context)
    {
        var stream = context.Stream();
        var text = context.Transformation.TableAttributes.Get("Update Strategy Expression");
        var expression = string.IsNullOrWhiteSpace(text) ? "DD_INSERT" : text;
        var translation = context.Translate("Update Strategy Expression", expression, context.Scope());
        var action = new PlanColumn(context.ColumnOf(RowActionPort), PcType.Integer);
        var value = PortConversions.Convert(translation.Value!, translation.Type, PcType.Integer, context.Settings);
        var reject = new PlanColumn(context.ColumnOf("__rejected"), PcType.String());
        var rejected = new SqlCase([new SqlWhen(new SqlBinary(SqlBinaryOperator.Equal, new SqlColumn(action.Name), SqlLiteral.Int(3)), SqlLiteral.String("DD_REJECT"))], null);
        var withAction = context.Continue(stream, "__actions", $"flags each row: {PlanText.OneLine(expression)}",
            _ => new SqlSelect([new SqlSelectItem(new SqlStar()), new SqlSelectItem(value, action.Name)], new SqlTable(stream.View)), [action]);
        var flagged = context.Continue(withAction, "__flagged", "marks the rows flagged DD_REJECT",
            _ => new SqlSelect([new SqlSelectItem(new SqlStar()), new SqlSelectItem(translation.Error is { } error ? new SqlFunction("coalesce", error, rejected) : rejected, reject.Name)], new SqlTable(withAction.View)), [reject]);
        var forward = !string.Equals(context.Transformation.TableAttributes.Get("Forward Rejected Rows"), "NO", StringComparison.OrdinalIgnoreCase);
        if (forward)
        {
            context.Reject(flagged, reject);
        }
        else
        {
            context.Note("Forward Rejected Rows is off: rows flagged DD_REJECT are dropped without a reject record");
        }

        var kept = context.Continue(flagged, string.Empty, "keeps the rows not rejected",
            _ => new SqlSelect([new SqlSelectItem(new SqlStar())], new SqlTable(flagged.View)) { Where = new SqlIsNull(new SqlColumn(reject.Name)) }, []);
        var outputs = context.Inputs.ToDictionary(i => i.Key, i => i.Value with { Relation = kept }, StringComparer.OrdinalIgnoreCase);
        outputs[RowActionPort] = new PortValue(kept, action);
        return outputs;
    }
}
