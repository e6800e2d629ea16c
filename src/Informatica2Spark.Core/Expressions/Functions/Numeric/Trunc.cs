using Informatica2Spark.Core.Expressions.Binding;
using Informatica2Spark.Core.Expressions.Dates;
using Informatica2Spark.Core.Expressions.Sql;
using Informatica2Spark.Core.Expressions.Translation;
using Informatica2Spark.Core.Expressions.Types;
using static Informatica2Spark.Core.Expressions.Dates.DateSql;

namespace Informatica2Spark.Core.Expressions.Functions.Numeric;

/// <summary>
/// TRUNC (TLR: Functions > TRUNC (Dates), TRUNC (Numbers)); one function, chosen by the type of the first argument.
/// <para>
/// TRUNC(date [, format]): the date with the parts smaller than the format's set to 0 (year: Jan 1 00:00:00; month:
/// the first of the month; day: 00:00:00; hour, minute, second, millisecond likewise); without a format, to the day.
/// Translated as <c>date_trunc</c>; microseconds and nanoseconds leave the date as it is (Spark holds no
/// nanoseconds).
/// </para>
/// <para>
/// TRUNC(numeric_value [, precision]): truncated toward zero to <c>precision</c> decimal places, the digits to the
/// left of the point set to zero for a negative precision, to an integer without one; a precision with a fraction is
/// first rounded to an integer. The type of the value is kept. Spark has no numeric truncation, so it is written
/// <c>x - x % 10^-p</c> (the remainder has the sign of x, so this goes toward zero; exact for integers and decimals),
/// and for a Double with a positive precision <c>(y - y % 1) / 10^p</c> with <c>y = x * 10^p</c>, where the product
/// can fall just below a whole number (0.29 * 100 is 28.999999999999996, truncated to 0.28). A precision read from a
/// port is computed in Double. NULL when an argument is NULL.
/// </para>
/// </summary>
public sealed class Trunc : DateOrNumberFunction
{
    public override string? Limits => "approximate when the precision is not a constant (computed in Double)";

    public override string Name => "TRUNC";

    public override string Syntax => "TRUNC(date [, format]) | TRUNC(numeric_value [, precision])";

    protected override string VariablePrecision => "a precision that is not a constant is computed in Double: (y - y % 1) / power(10, p) with y = x * power(10, p)";

    protected override SqlExpr OfDate(SqlExpr date, DatePart part) => Truncate(date, part);

    protected override SqlExpr OfNumber(SqlExpr value, SqlExpr scale) => Divide(WholePart(Multiply(value, scale)), scale);

    protected override SqlExpr OfNumber(SqlExpr x, PcType type, int precision)
    {
        switch (type.Kind)
        {
            case PcTypeKind.Integer or PcTypeKind.BigInt:
                return precision >= 0 ? x : Subtract(x, Modulo(x, PowerOfTen(-precision, type)));
            case PcTypeKind.Decimal:
                return precision >= type.Scale ? x : Subtract(x, Modulo(x, precision < 0 ? PowerOfTen(-precision, PcType.BigInt) : new SqlLiteral(Pow10(-precision), SqlType.Decimal(precision, precision))));
            case PcTypeKind.Double:
                if (precision <= 0)
                {
                    return Subtract(x, Modulo(x, new SqlLiteral((double)Pow10(-precision), SqlType.Double)));
                }

                var factor = new SqlLiteral((double)Pow10(precision), SqlType.Double);
                return Divide(WholePart(Multiply(x, factor)), factor);
            default:
                return x;
        }
    }

    /// <summary>The value toward zero to a whole number: <c>y - y % 1.0</c>.</summary>
    private static SqlExpr WholePart(SqlExpr y) => Subtract(y, Modulo(y, new SqlLiteral(1d, SqlType.Double)));

    private static SqlExpr PowerOfTen(int exponent, PcType type) =>
        exponent > 18 ? new SqlLiteral((double)Pow10(exponent), SqlType.Double) : Conversions.NumberLiteral(Pow10(exponent), type.Kind == PcTypeKind.Integer && exponent > 9 ? PcType.BigInt : type);

    private static decimal Pow10(int exponent)
    {
        var result = 1m;
        for (var i = 0; i < Math.Abs(exponent); i++)
        {
            result = exponent > 0 ? result * 10 : result / 10;
        }

        return result;
    }
}
