using Informatica2Spark.Core.Expressions.Binding;
using Informatica2Spark.Core.Expressions.Functions.Conversion;
using Informatica2Spark.Core.Expressions.Sql;
using Informatica2Spark.Core.Expressions.Translation;
using Informatica2Spark.Core.Expressions.Types;

namespace Informatica2Spark.Core.Expressions.Functions.Test;

/// <summary>
/// IS_DATE(value [, format]) (TLR: Functions > IS_DATE; Dates > TO_DATE and IS_DATE Format Strings): TRUE (1) when
/// the string is a valid date in the format, FALSE (0) when it does not match or is not a valid date
/// (IS_DATE('02/29/00', 'MM/DD/YY') is FALSE in the 1900s, 02/29/1900 not existing; with RR it is TRUE), NULL for
/// NULL. It uses TO_DATE's format strings and rules (<see cref="ToDate"/>). Without a format the session's DateTime
/// Format String is used whole: the IS_DATE page says "the date portion" of it, the format strings page "the date
/// format specified in the session"; i2s follows the latter, as TO_DATE does.
/// </summary>
public sealed class IsDate : ExpressionFunction
{
    public override string? Limits => "unsupported for a format with D, Q, W or WW; approximate for a format without a full date (January 1 of the current year is assumed)";

    public override string Name => "IS_DATE";

    public override FunctionCategory Category => FunctionCategory.Test;

    public override string Syntax => "IS_DATE(value [, format])";

    public override int MinArguments => 1;

    public override int MaxArguments => 2;

    public override PcType Bind(CallBinding call)
    {
        call.ExpectString(0);
        call.Data = ToDate.BindFormat(call);
        return PcType.Boolean;
    }

    public override SqlExpr Translate(CallTranslation call)
    {
        if (ToDate.ParseCall(call, out var parsing) is { } unsupported)
        {
            return unsupported;
        }

        if (parsing is null || (call.IsLiteral(0, out var constant) && constant is null))
        {
            return new SqlCast(SqlNull.Instance, SqlType.Boolean);
        }

        if (ToDate.Fold(call, parsing) is { } folded)
        {
            return SqlLiteral.Bool(folded.Value is not null);
        }

        var text = call.String(0);
        return new SqlCase([new SqlWhen(new SqlIsNull(text, Negated: true), new SqlIsNull(parsing.ToSql(text, call.Settings.CurrentYear), Negated: true))], null);
    }
}
