using Informatica2Spark.Core.Expressions.Binding;
using Informatica2Spark.Core.Expressions.Sql;
using Informatica2Spark.Core.Expressions.Translation;
using Informatica2Spark.Core.Expressions.Types;

namespace Informatica2Spark.Core.Expressions.Functions.Aggregate;

/// <summary>
/// MEDIAN(numeric_value [, filter_condition]) (TLR: Functions > MEDIAN): the middle value of the non-NULL values of
/// the selected rows placed "ordinally on a number line", the average of the two middle values when there is an
/// even number of them; NULL when there is none. Spark's exact <c>percentile(x, 0.5)</c> (not
/// <c>percentile_approx</c>) interpolates between the two middle values, which at one half is their average. The
/// result is a DOUBLE; with high precision PowerCenter computes the median in Decimal, which differs beyond 15
/// significant digits.
/// </summary>
public sealed class Median : AggregateFunction
{
    public override string Name => "MEDIAN";

    protected override PcType BindValues(CallBinding call)
    {
        call.ExpectNumber(0);
        return PcType.Double;
    }

    public override SqlExpr Translate(CallTranslation call) =>
        Aggregate(call, 1, "percentile", Numeric(call, 0), [new SqlLiteral(0.5, SqlType.Double)]);
}
