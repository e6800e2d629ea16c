using Informatica2Spark.Core.Expressions.Binding;
using Informatica2Spark.Core.Expressions.Sql;
using Informatica2Spark.Core.Expressions.Translation;
using Informatica2Spark.Core.Expressions.Types;

namespace Informatica2Spark.Core.Expressions.Functions.Aggregate;

/// <summary>
/// AVG(numeric_value [, filter_condition]) (TLR: Functions > AVG): the average of the non-NULL values of the selected
/// rows; NULL when every value is NULL or no row is selected. AVG can introduce decimals, so it computes in Double
/// without high precision and in Decimal with it (DG: Integer Values in Calculations): Spark's <c>avg</c> of a
/// DOUBLE, or of a DECIMAL (four more digits of scale) with high precision; integers average in Double either way.
/// </summary>
public sealed class Avg : AggregateFunction
{
    public override string Name => "AVG";

    protected override PcType BindValues(CallBinding call)
    {
        call.ExpectNumber(0);
        return Type(call[0].Type, call.Settings.HighPrecision);
    }

    public override SqlExpr Translate(CallTranslation call) =>
        Aggregate(call, 1, "avg", Value(call, 0, call.ResultType));

    /// <summary>The type an average of <paramref name="value"/> computes in: Double, or Decimal with high precision (Spark's <c>avg</c> of a decimal adds four digits of scale).</summary>
    internal static PcType Type(PcType value, bool highPrecision) =>
        highPrecision && value.Kind == PcTypeKind.Decimal
            ? PcType.Decimal(Math.Min(PcType.MaxDecimalPrecision, value.Precision + 4), Math.Min(PcType.MaxDecimalPrecision, value.Scale + 4))
            : PcType.Double;

    /// <summary>The averaged value: a decimal as DOUBLE where the average is Double, a boolean as 1 or 0.</summary>
    internal static SqlExpr Value(CallTranslation call, int index, PcType type) =>
        type.Kind == PcTypeKind.Double && call.TypeOf(index).Kind == PcTypeKind.Decimal ? new SqlCast(call[index], SqlType.Double) : Numeric(call, index);
}
