using Informatica2Spark.Core.Expressions.Binding;
using Informatica2Spark.Core.Expressions.Sql;
using Informatica2Spark.Core.Expressions.Translation;
using Informatica2Spark.Core.Expressions.Types;

namespace Informatica2Spark.Core.Expressions.Functions.Numeric;

/// <summary>
/// CUME(numeric_value [, filter_condition]) (TLR: Functions > CUME): the running total of the values of the rows read
/// so far, in the order they arrive. A NULL value, or a row the filter condition does not select (FALSE or NULL),
/// adds nothing: the row returns the previous row's total; NULL until a value has been added ("if all values in the
/// selected port are NULL, CUME returns NULL"). The result keeps the value's type (DG: Integer Values in
/// Calculations: CUME cannot introduce decimals). The translation is Spark's <c>sum</c> as a window function over the
/// arrival-order column the mapping plan supplies (<see cref="ArrivalOrder"/>), from the first row to the current
/// one, of the value where the filter condition is TRUE; a window without partitions runs in one Spark task, as
/// PowerCenter reads the rows of a pipeline partition one after another.
/// </summary>
public sealed class Cume : ExpressionFunction
{
    public override string Name => "CUME";

    public override FunctionCategory Category => FunctionCategory.Numeric;

    public override string Syntax => "CUME(numeric_value [, filter_condition])";

    public override int MinArguments => 1;

    public override int MaxArguments => 2;

    public override PcType Bind(CallBinding call)
    {
        call.ExpectNumber(0);
        if (call.Count > 1)
        {
            call.ExpectCondition(1);
        }

        return Running.ValueType(call[0].Type);
    }

    public override SqlExpr Translate(CallTranslation call) =>
        new SqlRunningAggregate(new SqlAggregate("sum", Running.Selected(call, 1, Running.Numeric(call, 0))), ArrivalOrder.Expression, null);
}

/// <summary>What the running functions (CUME, MOVINGAVG, MOVINGSUM) share.</summary>
internal static class Running
{
    /// <summary>The type a running total keeps: the value's, booleans as Integer.</summary>
    public static PcType ValueType(PcType type) => type.Kind is PcTypeKind.Boolean or PcTypeKind.Null or PcTypeKind.Unknown ? PcType.Integer : type;

    /// <summary>The value as a number, booleans as 1 or 0.</summary>
    public static SqlExpr Numeric(CallTranslation call, int index) =>
        call.TypeOf(index).Kind == PcTypeKind.Boolean ? call.Number(index, PcType.Integer) : call[index];

    /// <summary>
    /// The value where the filter condition (argument <paramref name="filter"/>, when given) is TRUE, else NULL:
    /// Spark's window aggregates take no FILTER clause, and a NULL adds nothing to them.
    /// </summary>
    public static SqlExpr Selected(CallTranslation call, int filter, SqlExpr value)
    {
        if (call.Count <= filter || (call.IsLiteral(filter, out var literal) && literal is true or decimal and not 0m))
        {
            return value;
        }

        return new SqlCase([new SqlWhen(call.Condition(filter), value)], null);
    }
}
