using Informatica2Spark.Core.Expressions.Binding;
using Informatica2Spark.Core.Expressions.Dates;
using Informatica2Spark.Core.Expressions.Sql;
using Informatica2Spark.Core.Expressions.Translation;
using Informatica2Spark.Core.Expressions.Types;

namespace Informatica2Spark.Core.Expressions.Functions.Date;

/// <summary>
/// A date function whose format argument names one part of a date (<see cref="DateParts"/>): ADD_TO_DATE,
/// DATE_DIFF, GET_DATE_PART, SET_DATE_PART. The arguments before the format are dates, the one after it (if any) a
/// number; the format must be a string literal, and a NULL format gives NULL.
/// </summary>
public abstract class DatePartFunction : ExpressionFunction
{
    public override FunctionCategory Category => FunctionCategory.Date;

    /// <summary>The place of the format argument.</summary>
    protected abstract int FormatIndex { get; }

    /// <summary>The type of the result.</summary>
    protected abstract PcType ResultType { get; }

    public override int MinArguments => MaxArguments;

    public override PcType Bind(CallBinding call)
    {
        for (var i = 0; i < FormatIndex; i++)
        {
            call.ExpectDate(i);
        }

        call.Data = DateParts.Bind(call, FormatIndex);
        for (var i = FormatIndex + 1; i < call.Count; i++)
        {
            call.ExpectNumber(i);
        }

        return ResultType;
    }

    public sealed override SqlExpr Translate(CallTranslation call) =>
        call.Data is DatePart part ? Translate(call, part) : new SqlCast(SqlNull.Instance, SqlTypes.Of(ResultType));

    /// <summary>The translation of a call whose format names <paramref name="part"/>.</summary>
    protected abstract SqlExpr Translate(CallTranslation call, DatePart part);
}
