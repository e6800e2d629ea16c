using Informatica2Spark.Core.Expressions.Binding;
using Informatica2Spark.Core.Expressions.Sql;
using Informatica2Spark.Core.Expressions.Translation;
using Informatica2Spark.Core.Expressions.Types;

namespace Informatica2Spark.Core.Expressions.Functions.Aggregate;

/// <summary>
/// STDDEV and VARIANCE(numeric_value [, filter_condition]) (TLR: Functions > STDDEV, VARIANCE): the sample standard
/// deviation and variance (divided by n - 1: the VARIANCE example gives 10592444.6666667 for 2198, 2256, 3001 and
/// 8953) of the non-NULL values of the selected rows, a Double; NULL when there is none. "If n is 1, the variance is
/// 0" (Informatica Cloud VARIANCE, which also notes 0 on its native engine where its Spark engine gives NULL), where
/// Spark's <c>stddev_samp</c> and <c>var_samp</c> give NULL: a CASE on the count of values gives 0.
/// </summary>
public sealed class StddevVariance : IFunctionFamily
{
    public IEnumerable<ExpressionFunction> Functions => [new Spread("STDDEV", "stddev_samp"), new Spread("VARIANCE", "var_samp")];

    private sealed class Spread(string name, string spark) : AggregateFunction
    {
        public override string Name => name;

        protected override PcType BindValues(CallBinding call)
        {
            call.ExpectNumber(0);
            return PcType.Double;
        }

        public override SqlExpr Translate(CallTranslation call)
        {
            var value = Numeric(call, 0);
            var single = new SqlBinary(SqlBinaryOperator.Equal, Aggregate(call, 1, "count", value), SqlLiteral.Int(1));
            return new SqlCase([new SqlWhen(single, new SqlLiteral(0d, SqlType.Double))], Aggregate(call, 1, spark, value));
        }
    }
}
