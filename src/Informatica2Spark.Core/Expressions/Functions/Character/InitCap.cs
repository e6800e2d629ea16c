using Informatica2Spark.Core.Expressions.Binding;
using Informatica2Spark.Core.Expressions.Sql;
using Informatica2Spark.Core.Expressions.Translation;
using Informatica2Spark.Core.Expressions.Types;

namespace Informatica2Spark.Core.Expressions.Functions.Character;

/// <summary>
/// INITCAP(string) (TLR: Functions > INITCAP; the page was not in the research corpus, so this follows the TLR as
/// recalled): the first letter of each word in upper case, every other letter in lower case; words are delimited by
/// white space and by characters that are not alphanumeric, so <c>'18-albert'</c> is <c>'18-Albert'</c> and
/// <c>'?!SAM'</c> is <c>'?!Sam'</c>. NULL gives NULL.
/// <para>Spark's <c>initcap</c> lowers every letter and raises the first letter of the string and each letter after a
/// blank only. So a blank is inserted after every character that is neither a letter nor a digit (Unicode classes
/// <c>\p{L}</c> and <c>\p{N}</c>), <c>initcap</c> applied, and the inserted blanks removed: each such character is
/// followed by exactly one inserted blank, which the second replacement takes back, scanning left to right in
/// pairs.</para>
/// </summary>
public sealed class InitCap : ExpressionFunction
{
    private const string Separator = "([^\\p{L}\\p{N}])";

    public override string Name => "INITCAP";

    public override FunctionCategory Category => FunctionCategory.Character;

    public override string Syntax => "INITCAP(string)";

    public override int MinArguments => 1;

    public override int MaxArguments => 1;

    public override PcType Bind(CallBinding call)
    {
        call.ExpectString(0);
        return Strings.SameLength(call);
    }

    public override SqlExpr Translate(CallTranslation call)
    {
        if (Strings.AnyNullLiteral(call))
        {
            return Strings.NullString;
        }

        var spaced = Strings.Call("regexp_replace", call.String(0), SqlLiteral.String(Separator), SqlLiteral.String("$1 "));
        return Strings.Call("regexp_replace", Strings.Call("initcap", spaced), SqlLiteral.String(Separator + " "), SqlLiteral.String("$1"));
    }
}
