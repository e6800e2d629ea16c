using Informatica2Spark.Core.Expressions.Binding;
using Informatica2Spark.Core.Expressions.Sql;
using Informatica2Spark.Core.Expressions.Translation;
using Informatica2Spark.Core.Expressions.Types;

namespace Informatica2Spark.Core.Expressions.Functions.Character;

/// <summary>
/// SUBSTR(string, start [, length]) (TLR: Functions > SUBSTR; the page was not in the research corpus, so this follows
/// the TLR as recalled): the characters from <c>start</c>, blanks counted. A positive start counts from the beginning
/// (1 is the first character), 0 is the first character, a negative start counts from the end (-1 is the last
/// character). Without a length, the rest of the string; a length of 0 or less gives an empty string; a decimal
/// length is rounded to the nearest integer. A NULL argument gives NULL.
/// <para>Spark's <c>substring</c> has exactly these rules for positions 1..n, 0 and -n..-1, a length of 0 or less,
/// and a start past the end (an empty string). A negative start before the beginning (<c>SUBSTR('abcd', -6, 3)</c>)
/// is not documented; Spark counts the missing positions against the length (<c>'a'</c>). A decimal start is
/// rounded like the length.</para>
/// </summary>
public sealed class Substr : ExpressionFunction
{
    public override string Name => "SUBSTR";

    public override FunctionCategory Category => FunctionCategory.Character;

    public override string Syntax => "SUBSTR(string, start [, length])";

    public override int MinArguments => 2;

    public override int MaxArguments => 3;

    public override PcType Bind(CallBinding call)
    {
        Strings.Expect(call, "snn");
        return Strings.SameLength(call);
    }

    public override SqlExpr Translate(CallTranslation call)
    {
        if (Strings.AnyNullLiteral(call))
        {
            return Strings.NullString;
        }

        return call.Count == 2
            ? Strings.Call("substring", call.String(0), Strings.Count(call, 1))
            : Strings.Call("substring", call.String(0), Strings.Count(call, 1), Strings.Count(call, 2));
    }
}
