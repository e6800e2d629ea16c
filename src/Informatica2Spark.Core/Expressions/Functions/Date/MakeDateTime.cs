using Informatica2Spark.Core.Expressions.Binding;
using Informatica2Spark.Core.Expressions.Sql;
using Informatica2Spark.Core.Expressions.Translation;
using Informatica2Spark.Core.Expressions.Types;
using static Informatica2Spark.Core.Expressions.Dates.DateSql;

namespace Informatica2Spark.Core.Expressions.Functions.Date;

/// <summary>
/// MAKE_DATE_TIME(year, month, day [, hour, minute, second, nanosecond]) (TLR: Functions > MAKE_DATE_TIME; the page
/// was not available): the date/time of the parts, the time parts 0 when omitted; NULL when a part is NULL. Parts that
/// make no valid date (month 13, February 30, hour 24, second 60) are a row error, as PowerCenter treats a string that
/// is not a valid date (TLR: Default Date Format, "skips the row"); the page's own rule is not known. Translated as
/// <c>make_timestamp</c>, the nanoseconds truncated to microseconds (Spark timestamps hold microseconds).
/// </summary>
public sealed class MakeDateTime : ExpressionFunction
{
    public override string? Limits => "approximate when the nanoseconds are not whole microseconds";

    public override string Name => "MAKE_DATE_TIME";

    public override FunctionCategory Category => FunctionCategory.Date;

    public override string Syntax => "MAKE_DATE_TIME(year, month, day [, hour, minute, second, nanosecond])";

    public override int MinArguments => 3;

    public override int MaxArguments => 7;

    public override PcType Bind(CallBinding call)
    {
        for (var i = 0; i < call.Count; i++)
        {
            call.ExpectNumber(i);
        }

        return PcType.DateTime;
    }

    public override SqlExpr Translate(CallTranslation call)
    {
        SqlExpr Part(int index) => index < call.Count ? IntArgument(call, index) : Int(0);
        var second = Part(5);
        SqlExpr? valid = null;
        if (call.Count == 7)
        {
            if (!call.IsLiteral(6, out var nanos) || nanos is not decimal n || n % 1000 != 0)
            {
                call.Approximate("nanoseconds are truncated to microseconds: Spark timestamps hold microseconds");
            }

            var nanosecond = Part(6);
            valid = Between(nanosecond, 0, 999_999_999);
            second = Add(second, Multiply(nanosecond is SqlLiteral { Value: long ns } ? Int(ns / 1000) : AsInt(Call("floor", Divide(nanosecond, Int(1000)))), new SqlLiteral(0.000001m, SqlType.Decimal(6, 6))));
        }

        if (call.Count >= 6)
        {
            valid = All(Between(Part(5), 0, 59), valid);
        }

        var result = When(valid, Call("make_timestamp", Part(0), Part(1), Part(2), Part(3), Part(4), second));
        var present = All([.. Enumerable.Range(0, call.Count).Select(i => NotNull(call[i]))]);
        call.RowError(All(present, new SqlIsNull(result))!, "MAKE_DATE_TIME: the parts make no valid date");
        return result;
    }
}
