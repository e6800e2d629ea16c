using Informatica2Spark.Core.Expressions.Dates;
using Informatica2Spark.Core.Expressions.Sql;
using Informatica2Spark.Core.Expressions.Translation;
using Informatica2Spark.Core.Expressions.Types;
using static Informatica2Spark.Core.Expressions.Dates.DateSql;

namespace Informatica2Spark.Core.Expressions.Functions.Date;

/// <summary>
/// DATE_DIFF(date1, date2, format) (TLR: Functions > DATE_DIFF): date1 minus date2 as a Double in the unit of the
/// format, with a fraction; positive when date1 is later, 0 when equal, NULL when either is NULL.
/// <para>
/// Days to microseconds: the elapsed time in that unit (<c>unix_micros</c> difference divided). Nanoseconds are the
/// microseconds times 1000. In a session time zone with daylight saving time, a difference across a change counts
/// the elapsed hours (PowerCenter's dates have no time zone).
/// </para>
/// <para>
/// Months (and years, as months / 12): "based on the number of months instead of the number of days ... for
/// partial months with the days selected in each month ... divides the value with the total number of days in the
/// selected month", February counting 28 or 29 days ("19/29 months" for February 19 in a leap year). i2s computes
/// <c>12 * (year1 - year2) + (month1 - month2) + position(date1) - position(date2)</c>, where the position of a date in
/// its month is (day of month + fraction of the day elapsed) / days in that month: from September 13 to February 19
/// (leap year) that is 17/30 of September, four whole months and 19/29 of February. Spark's <c>months_between</c>
/// divides by 31 and is not used.
/// </para>
/// </summary>
public sealed class DateDiff : DatePartFunction
{
    public override string Name => "DATE_DIFF";

    public override string Syntax => "DATE_DIFF(date1, date2, format)";

    public override int MaxArguments => 3;

    protected override int FormatIndex => 2;

    protected override PcType ResultType => PcType.Double;

    protected override SqlExpr Translate(CallTranslation call, DatePart part)
    {
        var micros = call.SparkAtLeast(3, 1);
        if (part is DatePart.Year or DatePart.Month)
        {
            var months = Add(
                Add(Multiply(Subtract(Call("year", call[0]), Call("year", call[1])), Int(12)), Subtract(Call("month", call[0]), Call("month", call[1]))),
                Subtract(Position(call[0], micros), Position(call[1], micros)));
            return part == DatePart.Year ? Divide(months, Double(12)) : months;
        }

        var elapsed = Subtract(EpochMicros(call[0], micros), EpochMicros(call[1], micros));
        return part switch
        {
            DatePart.Day => Divide(elapsed, Double(86_400_000_000)),
            DatePart.Hour => Divide(elapsed, Double(3_600_000_000)),
            DatePart.Minute => Divide(elapsed, Double(60_000_000)),
            DatePart.Second => Divide(elapsed, Double(1_000_000)),
            DatePart.Millisecond => Divide(elapsed, Double(1_000)),
            DatePart.Microsecond => new SqlCast(elapsed, SqlType.Double),
            _ => Multiply(elapsed, Double(1_000)),
        };
    }

    /// <summary>(day of month + fraction of the day elapsed) / days in the month.</summary>
    private static SqlExpr Position(SqlExpr date, bool micros)
    {
        var timeOfDay = Subtract(EpochMicros(date, micros), EpochMicros(Call("date_trunc", SqlLiteral.String("DAY"), date), micros));
        return Divide(Add(Call("dayofmonth", date), Divide(timeOfDay, Double(86_400_000_000))), Call("dayofmonth", Call("last_day", date)));
    }

    private static SqlLiteral Double(double value) => new(value, SqlType.Double);
}
