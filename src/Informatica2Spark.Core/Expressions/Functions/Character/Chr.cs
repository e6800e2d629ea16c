using System.Text;
using Informatica2Spark.Core.Expressions.Binding;
using Informatica2Spark.Core.Expressions.Sql;
using Informatica2Spark.Core.Expressions.Translation;
using Informatica2Spark.Core.Expressions.Types;

namespace Informatica2Spark.Core.Expressions.Functions.Character;

/// <summary>
/// CHR(numeric_value) (TLR: Functions > CHR; the page was not in the research corpus, so this follows the TLR as
/// recalled): the ASCII character, or in Unicode mode the Unicode character, of a code; NULL for NULL. The TLR's way to
/// put a single quote in a string is <c>'Joan' || CHR(39) || 's car'</c>.
/// <para>A constant code is converted here to its character (a Unicode code point, as in Unicode mode), so
/// <c>CHR(39)</c> is the literal <c>'\''</c>. Other values use Spark's <c>chr</c>, which gives the character of
/// the code modulo 256 and an empty string for a negative code: the same as PowerCenter for codes 0 to 255, and an
/// approximation above (Unicode characters in Unicode mode).</para>
/// </summary>
public sealed class Chr : ExpressionFunction
{
    public override string? Limits => "approximate for a code read from a port: Spark's chr takes the code modulo 256";

    public override string Name => "CHR";

    public override FunctionCategory Category => FunctionCategory.Character;

    public override string Syntax => "CHR(numeric_value)";

    public override int MinArguments => 1;

    public override int MaxArguments => 1;

    public override PcType Bind(CallBinding call)
    {
        call.ExpectNumber(0);
        return PcType.String(1);
    }

    public override SqlExpr Translate(CallTranslation call)
    {
        if (call.IsLiteral(0, out var value))
        {
            if (value is null)
            {
                return Strings.NullString;
            }

            if (value is decimal code && code == Math.Truncate(code) && code is >= 0 and <= 0x10FFFF && !(code is >= 0xD800 and <= 0xDFFF))
            {
                return SqlLiteral.String(char.ConvertFromUtf32((int)code));
            }
        }

        call.Approximate("Spark's chr gives the character of the code modulo 256, where PowerCenter in Unicode mode gives the Unicode character of codes above 255");
        return new SqlFunction("chr", call.Number(0, PcType.BigInt));
    }
}
