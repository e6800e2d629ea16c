using Informatica2Spark.Core.Expressions.Binding;
using Informatica2Spark.Core.Expressions.Dates;
using Informatica2Spark.Core.Expressions.Sql;
using Informatica2Spark.Core.Expressions.Translation;
using Informatica2Spark.Core.Expressions.Types;

namespace Informatica2Spark.Core.Expressions.Functions.Conversion;

/// <summary>
/// TO_DATE(string [, format]) (TLR: Functions > TO_DATE; Dates > TO_DATE and IS_DATE Format Strings, Rules and
/// Guidelines for Date Format Strings, RR Format String): the string as a date/time in the format, by default the
/// session's DateTime Format String (MM/DD/YYYY HH24:MI:SS.US). A string that does not match the format, or is not a
/// valid date, is a row error ("returns an error and skips the row"), not NULL; NULL gives NULL. A string without a
/// time gives 00:00:00. The parsing rules are <see cref="DateParsing"/>'s; a constant string is converted here.
/// Fractions beyond the microsecond are dropped (Spark timestamps hold microseconds).
/// </summary>
public sealed class ToDate : ExpressionFunction
{
    public override string? Limits => "unsupported for a format with D, Q, W or WW; approximate for a format without a full date (January 1 of the current year is assumed)";

    public override string Name => "TO_DATE";

    public override FunctionCategory Category => FunctionCategory.Conversion;

    public override string Syntax => "TO_DATE(string [, format])";

    public override int MinArguments => 1;

    public override int MaxArguments => 2;

    public override PcType Bind(CallBinding call)
    {
        call.ExpectString(0);
        call.Data = BindFormat(call);
        return PcType.DateTime;
    }

    public override SqlExpr Translate(CallTranslation call)
    {
        if (ParseCall(call, out var parsing) is { } unsupported)
        {
            return unsupported;
        }

        if (parsing is null || (call.IsLiteral(0, out var constant) && constant is null))
        {
            return new SqlCast(SqlNull.Instance, SqlType.Timestamp);
        }

        var message = $"TO_DATE: the string does not match the format {parsing.Format} or is not a valid date";
        if (Fold(call, parsing) is { } folded)
        {
            if (folded.Value is null)
            {
                call.UseError(SqlLiteral.String(message));
                return new SqlCast(SqlNull.Instance, SqlType.Timestamp);
            }

            return new SqlLiteral(folded.Value.Value, SqlType.Timestamp);
        }

        var text = call.String(0);
        var value = parsing.ToSql(text, call.Settings.CurrentYear);
        call.RowError(new SqlBinary(SqlBinaryOperator.And, new SqlIsNull(text, Negated: true), new SqlIsNull(value)), message);
        return value;
    }

    /// <summary>The format argument (a string literal) parsed, or the session's DateTime Format String when it is omitted; null for a NULL format.</summary>
    internal static DateParsing? BindFormat(CallBinding call)
    {
        var format = call.Count < 2 ? call.Settings.DateTimeFormat : call.ExpectStringLiteral(1, "the format");
        if (format is null)
        {
            return null;
        }

        if (!DateFormats.HasDatePart(format))
        {
            call.Problem(call.Count < 2 ? 0 : 1, $"the format '{format}' names no part of a date (such as MM, DD, YYYY, HH24): a string can never match it");
            return null;
        }

        return DateParsing.Of(format);
    }

    /// <summary>
    /// The call's parsing; a format with tokens that name no part of a date (D, Q, W, WW) is not translated, and
    /// one without a full date is translated with the assumed parts stated.
    /// </summary>
    internal static SqlExpr? ParseCall(CallTranslation call, out DateParsing? parsing)
    {
        parsing = call.Data as DateParsing;
        if (parsing is null)
        {
            return null;
        }

        if (parsing.Unusable.Count > 0)
        {
            return call.Unsupported($"the format '{parsing.Format}' has {string.Join(", ", parsing.Unusable)}, which names no part of a date to convert to (day of week, quarter, week)");
        }

        if (parsing.LacksDate)
        {
            call.Approximate($"the format '{parsing.Format}' has no full date: the missing year, month or day is taken from January 1 of the current year, which the TLR does not document");
        }

        return null;
    }

    /// <summary>The result of converting a constant string at translation: its date, or a null value when the string is not a date; null when the call cannot be folded.</summary>
    internal static Folded? Fold(CallTranslation call, DateParsing parsing)
    {
        if (!call.IsLiteral(0, out var constant) || constant is not string text)
        {
            return null;
        }

        if (parsing.UsesCurrentYear && call.Settings.CurrentYear is null)
        {
            return null;
        }

        return new Folded(parsing.Evaluate(text, call.Settings.CurrentYear ?? 1));
    }

    /// <summary>A constant string's date, null when it is not a date.</summary>
    internal sealed record Folded(DateTime? Value);
}
