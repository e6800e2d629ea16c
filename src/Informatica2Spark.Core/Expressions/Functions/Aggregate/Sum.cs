using Informatica2Spark.Core.Expressions.Binding;
using Informatica2Spark.Core.Expressions.Sql;
using Informatica2Spark.Core.Expressions.Translation;
using Informatica2Spark.Core.Expressions.Types;

namespace Informatica2Spark.Core.Expressions.Functions.Aggregate;

/// <summary>
/// SUM(numeric_value [, filter_condition]) (TLR: Functions > SUM): the total of the non-NULL values of the selected
/// rows; NULL when every value is NULL or no row is selected. SUM cannot introduce decimals, so the result keeps the
/// value's type (DG: Integer Values in Calculations). Spark sums integers in BIGINT and decimals with ten more digits
/// of precision, so a total past the port's range does not overflow here.
/// </summary>
public sealed class Sum : AggregateFunction
{
    public override string Name => "SUM";

    protected override PcType BindValues(CallBinding call)
    {
        call.ExpectNumber(0);
        return ValueType(call[0].Type);
    }

    public override SqlExpr Translate(CallTranslation call) => Aggregate(call, 1, "sum", Numeric(call, 0));
}
