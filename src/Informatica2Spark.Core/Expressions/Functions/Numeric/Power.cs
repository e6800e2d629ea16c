using Informatica2Spark.Core.Expressions.Sql;
using Informatica2Spark.Core.Expressions.Translation;

namespace Informatica2Spark.Core.Expressions.Functions.Numeric;

/// <summary>
/// POWER(base, exponent) (TLR: Functions > POWER): the base raised to the exponent, as Double; NULL if an argument is
/// NULL. "If the base value is negative, the exponent must be an integer. Otherwise, the PowerCenter Integration
/// Service rounds the exponent to the nearest integer value": <c>POWER(-3.0, 5.5)</c> is 729, where Spark's
/// <c>power</c> gives NaN, so the exponent of a negative base is rounded (half away from zero, Spark's <c>round</c>;
/// the TLR shows 5.5 becoming 6). A result beyond Double's range is a row error (undocumented; see
/// <see cref="DoubleFunction.Overflow"/>).
/// </summary>
public sealed class Power : BaseAndExponentFunction
{
    public override string Name => "POWER";

    protected override SqlExpr Translate(CallTranslation call, SqlExpr @base, SqlExpr exponent)
    {
        var wholeExponent = call.IsLiteral(1, out var e) && (e is not decimal number || number == Math.Truncate(number));
        var baseNotNegative = call.IsLiteral(0, out var b) && (b is not decimal value || value >= 0);
        if (!wholeExponent && !baseNotNegative)
        {
            exponent = new SqlCase([new SqlWhen(new SqlBinary(SqlBinaryOperator.Less, @base, SqlLiteral.Int(0)), new SqlFunction("round", exponent))], exponent);
        }

        var result = new SqlFunction("power", @base, exponent);
        DoubleFunction.Overflow(call, result);
        return result;
    }
}
