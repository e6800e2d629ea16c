using Informatica2Spark.Core.Expressions.Binding;
using Informatica2Spark.Core.Expressions.Sql;
using Informatica2Spark.Core.Expressions.Translation;
using Informatica2Spark.Core.Expressions.Types;

namespace Informatica2Spark.Core.Expressions.Functions.Character;

/// <summary>
/// REPLACESTR(CaseFlag, InputString, OldString1 [, OldString2, ... OldStringN], NewString) (TLR: Functions >
/// REPLACESTR; the page was not in the research corpus, so this follows the TLR as recalled): every match of an
/// OldString in InputString is replaced by NewString. At each position the OldStrings are tried in the order written
/// (the first has precedence), and after a replacement the search goes on after the replaced characters, so
/// <c>REPLACESTR(1, 'abbc', 'ab', 'bc', '*')</c> is <c>'**'</c>. CaseFlag 0 or NULL compares without case. NULL or
/// empty OldStrings are ignored, and InputString is returned when all are; NewString NULL or empty removes the
/// matches. InputString NULL gives NULL.
/// <para>That is a regular-expression replacement of the alternation of the OldStrings, quoted, in their order (Java's
/// alternation tries its branches in order at each position and resumes after a match): Spark's
/// <c>regexp_replace</c>, with <c>(?iu)</c> (Unicode case folding) without case, and NewString quoted for the
/// replacement (<c>\</c> and <c>$</c> escaped). Constant OldStrings are quoted here; others are quoted in SQL.</para>
/// </summary>
public sealed class ReplaceStr : ExpressionFunction
{
    public override string Name => "REPLACESTR";

    public override FunctionCategory Category => FunctionCategory.Character;

    public override string Syntax => "REPLACESTR(CaseFlag, InputString, OldString1 [, OldString2, ... OldStringN], NewString)";

    public override int MinArguments => 4;

    public override int MaxArguments => int.MaxValue;

    public override PcType Bind(CallBinding call)
    {
        call.ExpectNumber(0);
        for (var i = 1; i < call.Count; i++)
        {
            call.ExpectString(i);
        }

        return PcType.String(Math.Max(Strings.Precision(call[1].Type), PcType.String().Precision));
    }

    public override SqlExpr Translate(CallTranslation call)
    {
        if (call.IsLiteral(1, out var input) && input is null)
        {
            return Strings.NullString;
        }

        var text = call.String(1);
        var olds = Enumerable.Range(2, call.Count - 3).ToList();
        var constant = olds.Select(i => Strings.IsConstantText(call, i, out var old) ? old : null).ToList();
        var allConstant = olds.All(i => Strings.IsConstantText(call, i, out _));
        if (allConstant && constant.All(string.IsNullOrEmpty))
        {
            return text;
        }

        var newIndex = call.Count - 1;
        SqlExpr replacement = Strings.IsConstantText(call, newIndex, out var newText)
            ? SqlLiteral.String(RegexText.QuoteReplacement(newText ?? string.Empty))
            : Strings.Call("regexp_replace", Strings.Call("coalesce", call.String(newIndex), SqlLiteral.String(string.Empty)), SqlLiteral.String("([\\\\$])"), SqlLiteral.String("\\\\$1"));
        return CaseFlags.Choose(call, 0, sensitive =>
        {
            var flags = sensitive ? string.Empty : "(?iu)";
            if (allConstant)
            {
                var alternation = string.Join("|", constant.Where(o => !string.IsNullOrEmpty(o)).Select(o => RegexText.Quote(o!)));
                return Strings.Call("regexp_replace", text, SqlLiteral.String(flags + alternation), replacement);
            }

            // OldStrings known only at run time: each quoted in SQL, the empty and NULL ones left out by concat_ws.
            var parts = olds.Select((index, k) => constant[k] is { Length: > 0 } known
                ? (SqlExpr)SqlLiteral.String(RegexText.Quote(known))
                : Strings.IsConstantText(call, index, out _)
                    ? SqlNull.Instance
                    : new SqlCase(
                        [new SqlWhen(new SqlBinary(SqlBinaryOperator.NotEqual, call.String(index), SqlLiteral.String(string.Empty)), Strings.Call("regexp_replace", call.String(index), SqlLiteral.String(RegexText.MetacharacterGroup), SqlLiteral.String("\\\\$1")))],
                        null)).Where(p => p is not SqlNull).ToList();
            var pattern = Strings.Call("concat_ws", [SqlLiteral.String("|"), .. parts]);
            return new SqlCase(
                [new SqlWhen(new SqlBinary(SqlBinaryOperator.Equal, pattern, SqlLiteral.String(string.Empty)), text)],
                Strings.Call("regexp_replace", text, flags.Length == 0 ? pattern : Strings.Call("concat_ws", SqlLiteral.String(string.Empty), SqlLiteral.String(flags), pattern), replacement));
        });
    }
}

/// <summary>Quoting text for Java regular expressions and their replacements, in forms RE2 reads alike.</summary>
internal static class RegexText
{
    /// <summary>A group matching one metacharacter of a regular expression, for quoting in SQL.</summary>
    public const string MetacharacterGroup = "([\\\\^$.|?*+()\\[\\]{}])";

    private const string Metacharacters = "\\^$.|?*+()[]{}";

    /// <summary>The text as a pattern matching itself: each metacharacter after a backslash.</summary>
    public static string Quote(string text) =>
        string.Concat(text.Select(c => Metacharacters.Contains(c, StringComparison.Ordinal) ? "\\" + c : c.ToString()));

    /// <summary>The text as a replacement inserting itself: <c>\</c> and <c>$</c> after a backslash.</summary>
    public static string QuoteReplacement(string text) =>
        string.Concat(text.Select(c => c is '\\' or '$' ? "\\" + c : c.ToString()));
}
