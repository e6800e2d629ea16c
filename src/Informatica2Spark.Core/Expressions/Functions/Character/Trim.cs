using Informatica2Spark.Core.Expressions.Binding;
using Informatica2Spark.Core.Expressions.Sql;
using Informatica2Spark.Core.Expressions.Translation;
using Informatica2Spark.Core.Expressions.Types;

namespace Informatica2Spark.Core.Expressions.Functions.Character;

/// <summary>
/// LTRIM(string [, trim_set]) and RTRIM(string [, trim_set]) (TLR: Functions > LTRIM, 10.5; RTRIM mirrors it, its
/// page was not in the research corpus): characters removed from the beginning (LTRIM) or end (RTRIM) of the string
/// while each "matches any character in the trim_set": trim_set is a set of characters, not a prefix, so
/// <c>LTRIM('Sawyer', 'S.')</c> is <c>'awyer'</c> and <c>LTRIM('S. MacDonald', 'S.')</c> is <c>' MacDonald'</c>.
/// Without trim_set, blanks are removed: single-byte spaces, and in Unicode mode also double-byte spaces
/// (U+3000, the ideographic space). A NULL argument gives NULL.
/// <para>Spark's <c>ltrim(trimStr, str)</c> and <c>rtrim(trimStr, str)</c> remove any character of trimStr, and a NULL
/// trimStr gives NULL. Without trim_set the set is a blank and U+3000, which is right in both modes (an ASCII-mode
/// string has no U+3000).</para>
/// </summary>
public sealed class TrimFunctions : IFunctionFamily
{
    public IEnumerable<ExpressionFunction> Functions => [new Trim("LTRIM", "ltrim"), new Trim("RTRIM", "rtrim")];
}

/// <summary>One of <see cref="TrimFunctions"/>.</summary>
public sealed class Trim(string name, string sparkName) : ExpressionFunction
{
    /// <summary>The blanks removed without a trim_set: the space and the ideographic (double-byte) space.</summary>
    public const string Blanks = " \u3000";

    public override string Name => name;

    public override FunctionCategory Category => FunctionCategory.Character;

    public override string Syntax => $"{name}(string [, trim_set])";

    public override int MinArguments => 1;

    public override int MaxArguments => 2;

    public override PcType Bind(CallBinding call)
    {
        Strings.Expect(call, "ss");
        return Strings.SameLength(call);
    }

    public override SqlExpr Translate(CallTranslation call)
    {
        if (Strings.AnyNullLiteral(call))
        {
            return Strings.NullString;
        }

        var set = call.Count == 2 ? call.String(1) : SqlLiteral.String(Blanks);
        return Strings.Call(sparkName, set, call.String(0));
    }
}
