using Informatica2Spark.Core.Expressions.Binding;
using Informatica2Spark.Core.Expressions.Dates;
using Informatica2Spark.Core.Expressions.Sql;
using Informatica2Spark.Core.Expressions.Syntax;
using Informatica2Spark.Core.Expressions.Translation;
using Informatica2Spark.Core.Expressions.Types;
using static Informatica2Spark.Core.Expressions.Dates.DateSql;

namespace Informatica2Spark.Core.Expressions.Functions.Numeric;

/// <summary>
/// ROUND (TLR: Functions > ROUND (Dates), ROUND (Numbers)); one function, chosen by the type of the first argument.
/// <para>
/// ROUND(date [, format]): the date rounded to the part, the smaller parts set to 0; without a format, to the day.
/// Year: January to June gives January 1 of the year, July to December January 1 of the next. Month: days 1-15
/// give the first of the month, 16 to the last day the first of the next month. Day: before 12:00:00 the day, from
/// noon the next day. Hour: minutes 0-29 and 30-59. Minute: seconds 0-29 and 30-59. Second: milliseconds 0-499 and
/// 500-999. Millisecond: microseconds 0-499 and 500-999. Microsecond and nanosecond: the date as it is (Spark holds no
/// nanoseconds to round). Translated as <c>date_trunc(unit, date) + make_interval(..., CASE WHEN part &gt;= half
/// THEN 1 ELSE 0 END)</c>.
/// </para>
/// <para>
/// ROUND(numeric_value [, precision]): rounded half away from zero to <c>precision</c> decimal places, to the left of
/// the point for a negative precision (ROUND(12.99, -1) is 10), to an integer without one; a precision with a
/// fraction is first rounded to an integer (0.8 is 1). Spark's <c>round</c> rounds half up, which is half away from
/// zero for negative numbers too; a Double is rounded on its shortest decimal form. The type of the value is kept
/// (an Integer stays an Integer). Spark's <c>round</c> takes a constant precision only: a precision read from a port
/// is computed as <c>round(x * power(10, p)) / power(10, p)</c> in Double. NULL when an argument is NULL.
/// </para>
/// </summary>
public sealed class Round : DateOrNumberFunction
{
    public override string? Limits => "approximate when the precision is not a constant (computed in Double)";

    public override string Name => "ROUND";

    public override string Syntax => "ROUND(date [, format]) | ROUND(numeric_value [, precision])";

    protected override string VariablePrecision => "a precision that is not a constant is computed in Double: round(x * power(10, p)) / power(10, p)";

    protected override SqlExpr OfNumber(SqlExpr value, PcType type, int precision) =>
        type.IsIntegral && precision >= 0 ? value : Call("round", value, Int(precision));

    protected override SqlExpr OfNumber(SqlExpr value, SqlExpr scale) => Divide(Call("round", Multiply(value, scale)), scale);

    protected override SqlExpr OfDate(SqlExpr date, DatePart part) => RoundDate(date, part);

    /// <summary>A date rounded to a part: the part truncated, plus one when the next smaller part is at least half.</summary>
    internal static SqlExpr RoundDate(SqlExpr date, DatePart part)
    {
        var half = part switch
        {
            DatePart.Year => AtLeast(Call("month", date), Int(7)),
            DatePart.Month => AtLeast(Call("dayofmonth", date), Int(16)),
            DatePart.Day => AtLeast(Call("hour", date), Int(12)),
            DatePart.Hour => AtLeast(Call("minute", date), Int(30)),
            DatePart.Minute => AtLeast(Call("second", date), Int(30)),
            DatePart.Second => AtLeast(MicrosOfSecond(date), Int(500_000)),
            DatePart.Millisecond => AtLeast(Modulo(MicrosOfSecond(date), Int(1000)), Int(500)),
            _ => null,
        };
        if (half is null)
        {
            return date;
        }

        SqlExpr one = part == DatePart.Millisecond ? new SqlLiteral(0.001m, SqlType.Decimal(3, 3)) : Int(1);
        SqlExpr zero = part == DatePart.Millisecond ? new SqlLiteral(0m, SqlType.Decimal(3, 3)) : Int(0);
        return Plus(Truncate(date, part), part, new SqlCase([new SqlWhen(half, one)], zero));
    }
}
