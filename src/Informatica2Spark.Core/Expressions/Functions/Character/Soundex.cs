using Informatica2Spark.Core.Expressions.Binding;
using Informatica2Spark.Core.Expressions.Sql;
using Informatica2Spark.Core.Expressions.Translation;
using Informatica2Spark.Core.Expressions.Types;

namespace Informatica2Spark.Core.Expressions.Functions.Character;

/// <summary>
/// SOUNDEX(string) (TLR: Functions > SOUNDEX, 10.5.1; examples complete in the TDM 10.1 copy): a four-character code
/// of the English letters: the first letter in upper case, then the codes (1 BFPV, 2 CGJKQSXZ, 3 DT, 4 L, 5 MN, 6 R)
/// of the next three consonants, A E I O U H W skipped unless first, consecutive consonants of one code coded once,
/// padded with zeros: 'John' and 'jane' are J500, 'William' W450, 'AbbpdMN' A135, 'MAeiouhwC' M200, 'joh12n' J500.
/// Numbers are skipped, a leading one too: '1abc' is A120. NULL gives NULL, and so (UNVERIFIED, the list was collapsed
/// in the copy read) does a string with no English letter, an empty one included.
/// <para>Spark's <c>soundex</c> has these codes and rules (vowels separate repeated codes, H and W do not, as in
/// American Soundex, which every documented example agrees with) but returns the string unchanged when it does not
/// begin with a letter: leading characters that are not letters are removed first, and a string without a letter
/// gives NULL.</para>
/// </summary>
public sealed class Soundex : ExpressionFunction
{
    public override string Name => "SOUNDEX";

    public override FunctionCategory Category => FunctionCategory.Character;

    public override string Syntax => "SOUNDEX(string)";

    public override int MinArguments => 1;

    public override int MaxArguments => 1;

    public override PcType Bind(CallBinding call)
    {
        call.ExpectString(0);
        return PcType.String(4);
    }

    public override SqlExpr Translate(CallTranslation call)
    {
        if (Strings.AnyNullLiteral(call))
        {
            return Strings.NullString;
        }

        var text = call.String(0);
        var fromFirstLetter = Strings.Call("regexp_replace", text, SqlLiteral.String("^[^A-Za-z]+"), SqlLiteral.String(string.Empty));
        return new SqlCase([new SqlWhen(Strings.Call("rlike", text, SqlLiteral.String("[A-Za-z]")), Strings.Call("soundex", fromFirstLetter))], null);
    }
}

/// <summary>
/// METAPHONE(string [, length]) (TLR: Functions > METAPHONE; the page was not in the research corpus): encodes a string
/// by the Metaphone phonetic algorithm. Spark SQL has no Metaphone function, and its dozens of context rules (letter
/// pairs, following vowels, word starts) cannot be written with built-in functions faithfully, so it is not translated.
/// </summary>
public sealed class Metaphone : ExpressionFunction
{
    public override string Name => "METAPHONE";

    public override FunctionCategory Category => FunctionCategory.Character;

    public override string Syntax => "METAPHONE(string [, length])";

    public override int MinArguments => 1;

    public override int MaxArguments => 2;

    public override Verdict Verdict => Verdict.Unsupported;

    public override string Difference => "Spark SQL has no Metaphone function, and the algorithm's context rules cannot be written with built-in functions";

    public override PcType Bind(CallBinding call)
    {
        Strings.Expect(call, "sn");
        return Strings.SameLength(call);
    }

    public override SqlExpr Translate(CallTranslation call) => call.Unsupported(Difference);
}
