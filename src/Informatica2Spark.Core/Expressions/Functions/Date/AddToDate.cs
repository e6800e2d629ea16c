using Informatica2Spark.Core.Expressions.Dates;
using Informatica2Spark.Core.Expressions.Sql;
using Informatica2Spark.Core.Expressions.Translation;
using Informatica2Spark.Core.Expressions.Types;
using static Informatica2Spark.Core.Expressions.Dates.DateSql;

namespace Informatica2Spark.Core.Expressions.Functions.Date;

/// <summary>
/// ADD_TO_DATE(date, format, amount) (TLR: Functions > ADD_TO_DATE): the date with a positive or negative whole
/// amount of years, months, days, hours, minutes, seconds, milliseconds, microseconds or nanoseconds added, the rest
/// of the date (its time) kept. A month that lacks the day gives its last day: Jan 31 1998 + 1 month is Feb 28 1998,
/// Jan 29 2000 + 1 month is Feb 29 2000. NULL when an argument is NULL. Translated as
/// <c>date + make_interval(...)</c>, which adds years and months on the calendar with that clamping (Spark's
/// <c>add_months</c> would drop the time). An amount with a fraction is truncated to an integer. Nanoseconds are
/// added in whole microseconds (Spark timestamps hold microseconds).
/// </summary>
public sealed class AddToDate : DatePartFunction
{
    public override string? Limits => "approximate for nanoseconds (added in whole microseconds)";

    public override string Name => "ADD_TO_DATE";

    public override string Syntax => "ADD_TO_DATE(date, format, amount)";

    public override int MaxArguments => 3;

    protected override int FormatIndex => 1;

    protected override PcType ResultType => PcType.DateTime;

    protected override SqlExpr Translate(CallTranslation call, DatePart part)
    {
        var amount = IntArgument(call, 2);
        if (part == DatePart.Nanosecond)
        {
            call.Approximate("nanoseconds are added in whole microseconds, rounded: Spark timestamps hold microseconds");
        }

        return Plus(call[0], part, part switch
        {
            DatePart.Millisecond => Multiply(amount, new SqlLiteral(0.001m, SqlType.Decimal(3, 3))),
            DatePart.Microsecond => Multiply(amount, new SqlLiteral(0.000001m, SqlType.Decimal(6, 6))),
            DatePart.Nanosecond => Multiply(amount, new SqlLiteral(0.000000001m, SqlType.Decimal(9, 9))),
            _ => amount,
        });
    }
}
