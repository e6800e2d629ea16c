using Informatica2Spark.Core.Expressions.Dates;
using Informatica2Spark.Core.Expressions.Sql;
using Informatica2Spark.Core.Expressions.Translation;
using Informatica2Spark.Core.Expressions.Types;
using static Informatica2Spark.Core.Expressions.Dates.DateSql;

namespace Informatica2Spark.Core.Expressions.Functions.Date;

/// <summary>
/// GET_DATE_PART(date, format) (TLR: Functions > GET_DATE_PART; the page was not available, the semantics follow the
/// format strings of the date functions as ADD_TO_DATE lists them): one part of the date as an Integer. Y, YY, YYY,
/// YYYY: the year (1997); MM, MON, MONTH: the month 1-12; D, DD, DDD, DY, DAY: the day of the month 1-31 (every day
/// format names the day part, as in ADD_TO_DATE and ROUND); HH, HH12, HH24: the hour 0-23; MI, SS: minutes and
/// seconds; MS: milliseconds 0-999; US: the fraction of the second in microseconds 0-999999; NS: in nanoseconds,
/// to the microsecond (Spark timestamps hold microseconds). NULL when the date is NULL.
/// </summary>
public sealed class GetDatePart : DatePartFunction
{
    public override string Name => "GET_DATE_PART";

    public override string Syntax => "GET_DATE_PART(date, format)";

    public override int MaxArguments => 2;

    protected override int FormatIndex => 1;

    protected override PcType ResultType => PcType.Integer;

    protected override SqlExpr Translate(CallTranslation call, DatePart part) => Of(call[0], part);

    /// <summary>The part of a timestamp as an integer.</summary>
    internal static SqlExpr Of(SqlExpr date, DatePart part) => part switch
    {
        DatePart.Year => Call("year", date),
        DatePart.Month => Call("month", date),
        DatePart.Day => Call("dayofmonth", date),
        DatePart.Hour => Call("hour", date),
        DatePart.Minute => Call("minute", date),
        DatePart.Second => Call("second", date),
        DatePart.Millisecond => AsInt(Call("date_format", date, SqlLiteral.String("SSS"))),
        DatePart.Microsecond => MicrosOfSecond(date),
        _ => Multiply(MicrosOfSecond(date), Int(1000)),
    };
}
