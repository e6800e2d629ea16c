using Informatica2Spark.Core.Expressions.Binding;
using Informatica2Spark.Core.Expressions.Dates;
using Informatica2Spark.Core.Expressions.Sql;
using Informatica2Spark.Core.Expressions.Translation;
using Informatica2Spark.Core.Expressions.Types;
using static Informatica2Spark.Core.Expressions.Dates.DateSql;

namespace Informatica2Spark.Core.Expressions.Functions.Date;

/// <summary>
/// LAST_DAY(date) (TLR: Functions > LAST_DAY): the last day of the date's month (Feb 2 1996 gives Feb 29 1996), NULL
/// for NULL. The TLR's examples all have the time 12:00:00AM in and out; i2s keeps the time of the date, as
/// ADD_TO_DATE does: <c>date + make_interval(0, 0, 0, datediff(last_day(date), date))</c> (Spark's <c>last_day</c>
/// alone gives a DATE). The page's aggregate-style notes (NULL rows ignored, groups) belong to another page's
/// template: LAST_DAY works row by row.
/// </summary>
public sealed class LastDay : ExpressionFunction
{
    public override string Name => "LAST_DAY";

    public override FunctionCategory Category => FunctionCategory.Date;

    public override string Syntax => "LAST_DAY(date)";

    public override int MinArguments => 1;

    public override int MaxArguments => 1;

    public override PcType Bind(CallBinding call)
    {
        call.ExpectDate(0);
        return PcType.DateTime;
    }

    public override SqlExpr Translate(CallTranslation call) =>
        Plus(call[0], DatePart.Day, Call("datediff", Call("last_day", call[0]), call[0]));
}
