using Informatica2Spark.Core.Expressions.Dates;
using Informatica2Spark.Core.Expressions.Sql;
using Informatica2Spark.Core.Expressions.Translation;
using Informatica2Spark.Core.Expressions.Types;
using static Informatica2Spark.Core.Expressions.Dates.DateSql;

namespace Informatica2Spark.Core.Expressions.Functions.Date;

/// <summary>
/// SET_DATE_PART(date, format, value) (TLR: Functions > SET_DATE_PART; the page was not available): the date with
/// one part set to the value, the other parts kept; the parts are named as for GET_DATE_PART (year, month, day of
/// month, hour 0-23, minute, second, MS the milliseconds of the fraction, US the fraction in microseconds, NS in
/// nanoseconds, kept to the microsecond). NULL when an argument is NULL. A value that makes no valid date (February
/// 30, month 13, hour 24, milliseconds 1000) stops the session: the TLR's wording as recalled is "If you enter an
/// improper value such as February 30, the session fails"; it could not be checked against the page, and i2s takes
/// it as written, raising an error that fails the Spark job (<c>raise_error</c>, Spark 3.1 and later).
/// </summary>
public sealed class SetDatePart : DatePartFunction
{
    public override string? Limits => "an improper value fails the job (raise_error), as PowerCenter fails the session, and what other tasks wrote stays written; unsupported before Spark 3.1";

    public override string Name => "SET_DATE_PART";

    public override string Syntax => "SET_DATE_PART(date, format, value)";

    public override int MaxArguments => 3;

    protected override int FormatIndex => 1;

    protected override PcType ResultType => PcType.DateTime;

    protected override SqlExpr Translate(CallTranslation call, DatePart part)
    {
        if (!call.SparkAtLeast(3, 1))
        {
            return call.Unsupported("an improper value fails the session, which needs raise_error (Spark 3.1 and later)");
        }

        var date = call[0];
        var value = IntArgument(call, 2);
        var micros = MicrosOfSecond(date);
        SqlExpr Seconds(SqlExpr whole, SqlExpr fraction) => Add(whole, Multiply(fraction, new SqlLiteral(0.000001m, SqlType.Decimal(6, 6))));
        SqlExpr Within(SqlExpr result, long high) => When(Between(value, 0, high), result);
        SqlExpr second = part switch
        {
            DatePart.Second => Within(Seconds(value, micros), 59),
            DatePart.Millisecond => Within(Seconds(Call("second", date), Add(Multiply(value, Int(1000)), Modulo(micros, Int(1000)))), 999),
            DatePart.Microsecond => Within(Seconds(Call("second", date), value), 999_999),
            DatePart.Nanosecond => Within(Seconds(Call("second", date), AsInt(Call("floor", Divide(value, Int(1000))))), 999_999_999),
            _ => Seconds(Call("second", date), micros),
        };
        var result = Call(
            "make_timestamp",
            part == DatePart.Year ? value : Call("year", date),
            part == DatePart.Month ? value : Call("month", date),
            part == DatePart.Day ? value : Call("dayofmonth", date),
            part == DatePart.Hour ? value : Call("hour", date),
            part == DatePart.Minute ? value : Call("minute", date),
            second);
        var improper = When(All(NotNull(date), NotNull(value)) ?? SqlLiteral.Bool(true), Call("raise_error", SqlLiteral.String("SET_DATE_PART: the value makes no valid date")));
        return Call("coalesce", result, improper);
    }
}
