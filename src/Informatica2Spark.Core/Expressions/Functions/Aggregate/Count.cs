using Informatica2Spark.Core.Expressions.Binding;
using Informatica2Spark.Core.Expressions.Sql;
using Informatica2Spark.Core.Expressions.Translation;
using Informatica2Spark.Core.Expressions.Types;

namespace Informatica2Spark.Core.Expressions.Functions.Aggregate;

/// <summary>
/// COUNT(value [, filter_condition]) or COUNT(* [, filter_condition]) (TLR: Functions > COUNT): the number of
/// selected rows whose value is not NULL, or of all selected rows with <c>*</c>, NULLs included; an Integer. The
/// page says both "If all values are NULL, the function returns 0" and, in its standard paragraph, that a port of
/// NULLs gives NULL; the Return Value section, Aggregate Functions and Nulls and Null Values in Filter Conditions all
/// give 0, which is what Spark's <c>count</c> returns, so 0 it is. The value may be of any type except Binary.
/// Spark counts in BIGINT, so a count past 2,147,483,647 does not overflow.
/// </summary>
public sealed class Count : AggregateFunction
{
    public override string Name => "COUNT";

    public override string Syntax => "COUNT(value [, filter_condition]) or COUNT(* [, filter_condition])";

    protected override PcType BindValues(CallBinding call)
    {
        if (call[0].Type.Kind == PcTypeKind.Binary)
        {
            call.Problem(0, "the value may be of any datatype except Binary");
        }

        return PcType.Integer;
    }

    public override SqlExpr Translate(CallTranslation call) =>
        Aggregate(call, 1, "count", call.Bound(0) is BoundStar ? null : call[0]);
}
