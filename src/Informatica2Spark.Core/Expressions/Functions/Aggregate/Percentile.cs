using Informatica2Spark.Core.Expressions.Binding;
using Informatica2Spark.Core.Expressions.Sql;
using Informatica2Spark.Core.Expressions.Translation;
using Informatica2Spark.Core.Expressions.Types;

namespace Informatica2Spark.Core.Expressions.Functions.Aggregate;

/// <summary>
/// PERCENTILE(numeric_value, percentile [, filter_condition]) (TLR: Functions > PERCENTILE): the value at the given
/// percentile (0 to 100) of the non-NULL values of the selected rows; NULL when there is none. A percentile outside
/// 0 to 100 "displays an error and does not write the row": a row error. The TLR gives the rank as a formula in an
/// image the pages at hand do not hold; its guidelines say that for a rank i below 1 the first value is returned,
/// for a whole i the i-th value, and otherwise a value between neighbours (the Informatica Cloud page, same text).
/// Spark's exact <c>percentile</c> interpolates linearly at rank 1 + (n - 1) * p / 100, which gives the first value
/// at 0 and the median at 50, as PowerCenter does, but may differ between neighbouring values at other percentiles
/// (the TLR example, as recalled and not checked against the page, gives 106250 for the 75th percentile of six
/// salaries, a rank of (n + 1) * p / 100, where Spark gives 99750). Spark needs the percentile to be a constant.
/// </summary>
public sealed class Percentile : AggregateFunction
{
    public override string? Limits => "unsupported when the percentile is not a constant";

    public override string Name => "PERCENTILE";

    public override Verdict Verdict => Verdict.Approximate;

    public override string Difference =>
        "Spark's percentile interpolates at rank 1 + (n - 1) * p / 100, PowerCenter at a rank of its own (a formula the TLR gives as an image), so away from the 0th and 50th percentiles the result may lie elsewhere between the same neighbouring values";

    protected override int ValueArguments => 2;

    protected override string ValueSyntax => "numeric_value, percentile";

    protected override PcType BindValues(CallBinding call)
    {
        call.ExpectNumber(0);
        call.ExpectNumber(1);
        return PcType.Double;
    }

    public override SqlExpr Translate(CallTranslation call)
    {
        if (!call.IsLiteral(1, out var literal))
        {
            return call.Unsupported("the percentile must be a constant for Spark's percentile");
        }

        if (literal is null)
        {
            return new SqlCast(SqlNull.Instance, SqlType.Double);
        }

        var percent = literal is bool flag ? (flag ? 1m : 0m) : (decimal)literal;
        if (percent is < 0 or > 100)
        {
            call.UseError(SqlLiteral.String($"PERCENTILE: the percentile must be between 0 and 100, not {percent}"));
            return new SqlCast(SqlNull.Instance, SqlType.Double);
        }

        return Aggregate(call, 2, "percentile", Numeric(call, 0), [new SqlLiteral((double)(percent / 100), SqlType.Double)]);
    }
}
