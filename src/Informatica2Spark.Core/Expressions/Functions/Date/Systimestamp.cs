using Informatica2Spark.Core.Expressions.Binding;
using Informatica2Spark.Core.Expressions.Dates;
using Informatica2Spark.Core.Expressions.Sql;
using Informatica2Spark.Core.Expressions.Translation;
using Informatica2Spark.Core.Expressions.Types;
using static Informatica2Spark.Core.Expressions.Dates.DateSql;

namespace Informatica2Spark.Core.Expressions.Functions.Date;

/// <summary>
/// SYSTIMESTAMP([format]) (TLR: Functions > SYSTIMESTAMP): the current date and time of the node, to the precision of
/// the format: SS seconds, MS milliseconds, US microseconds (the default), NS nanoseconds. Translated as Spark's
/// <c>current_timestamp()</c>, truncated to the precision (<c>date_trunc</c>).
/// </summary>
public sealed class Systimestamp : ExpressionFunction
{
    public override string Name => "SYSTIMESTAMP";

    public override FunctionCategory Category => FunctionCategory.Date;

    public override string Syntax => "SYSTIMESTAMP([format])";

    public override int MinArguments => 0;

    public override int MaxArguments => 1;

    public override Verdict Verdict => Verdict.Approximate;

    public override string Difference =>
        "Spark's current_timestamp() is fixed once per query and holds microseconds, where PowerCenter reads the clock for each row (when the format is a variable) to the nanosecond";

    public override PcType Bind(CallBinding call)
    {
        var part = DateParts.Bind(call, 0, DatePart.Microsecond);
        if (part is not (null or DatePart.Second or DatePart.Millisecond or DatePart.Microsecond or DatePart.Nanosecond))
        {
            call.Problem(0, "the precision must be SS, MS, US or NS");
        }

        call.Data = part;
        return PcType.DateTime;
    }

    public override SqlExpr Translate(CallTranslation call)
    {
        call.Approximate(Difference);
        return call.Data is DatePart part ? Truncate(Call("current_timestamp"), part) : new SqlCast(SqlNull.Instance, SqlType.Timestamp);
    }
}
