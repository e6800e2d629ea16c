using Informatica2Spark.Core.Expressions.Binding;
using Informatica2Spark.Core.Expressions.Sql;
using Informatica2Spark.Core.Expressions.Translation;
using Informatica2Spark.Core.Expressions.Types;

namespace Informatica2Spark.Core.Expressions.Functions.Character;

/// <summary>
/// The regular-expression functions (TLR: Functions > REG_EXTRACT, REG_MATCH, REG_REPLACE; the pages were not in the
/// research corpus, so these follow the TLR as recalled). Patterns are Perl-compatible; a constant pattern is rewritten
/// for Java by <see cref="PerlRegex"/> (a construct Java lacks makes the call unsupported), and a pattern computed at
/// run time is passed to Java as it is, which is approximate.
/// </summary>
internal static class RegexFunctions
{
    /// <summary>The pattern argument as Java regex text, rewritten when constant; null after marking the use unsupported.</summary>
    internal static SqlExpr? Pattern(CallTranslation call, int index, Func<string, string> wrap, Func<SqlExpr, SqlExpr> wrapComputed, out PerlRegex.Translation? constant)
    {
        constant = null;
        if (Strings.IsConstantText(call, index, out var text) && text is not null)
        {
            constant = PerlRegex.ToJava(text);
            if (constant.Unsupported is { } reason)
            {
                call.Unsupported($"the pattern '{text}': {reason}");
                return null;
            }

            return SqlLiteral.String(wrap(constant.Java!));
        }

        call.Approximate("the pattern is read at run time and used as a Java regular expression, which reads most Perl syntax alike");
        return wrapComputed(call.String(index));
    }
}

/// <summary>
/// REG_MATCH(subject, pattern): TRUE when the pattern matches the whole subject, FALSE when not, NULL when the subject
/// or the pattern is NULL. The TLR's tips show whole-value matching: <c>REG_MATCH(ACCOUNT_NUMBER, '1835.*')</c> finds
/// account numbers that begin with 1835, and <c>REG_MATCH(LAST_NAME, '[a-zA-Z]+')</c> checks that names hold only
/// letters. Spark's <c>rlike</c> finds a match anywhere, so the pattern is anchored: <c>^(?:pattern)\z</c>
/// (<c>\z</c>, not <c>$</c>, so a final newline is not skipped).
/// </summary>
public sealed class RegMatch : ExpressionFunction
{
    public override string? Limits => "unsupported for Perl constructs Java's regular expressions lack (\\K, recursion, conditionals, verbs); approximate for a pattern read from a port";

    public override string Name => "REG_MATCH";

    public override FunctionCategory Category => FunctionCategory.Character;

    public override string Syntax => "REG_MATCH(subject, pattern)";

    public override int MinArguments => 2;

    public override int MaxArguments => 2;

    public override PcType Bind(CallBinding call)
    {
        Strings.Expect(call, "ss");
        return PcType.Boolean;
    }

    public override SqlExpr Translate(CallTranslation call)
    {
        if (Strings.AnyNullLiteral(call, 2))
        {
            return new SqlCast(SqlNull.Instance, SqlType.Boolean);
        }

        var pattern = RegexFunctions.Pattern(call, 1, java => $"^(?:{java})\\z", computed => Strings.Call("concat", SqlLiteral.String("^(?:"), computed, SqlLiteral.String(")\\z")), out _);
        return pattern is null ? SqlNull.Instance : Strings.Call("rlike", call.String(0), pattern);
    }
}

/// <summary>
/// REG_EXTRACT(subject, pattern [, subPatternNum [, match_from_start]]): the text of a sub-pattern (capturing group) of
/// the first match of the pattern in the subject; subPatternNum 1 or omitted is the first group, n the n-th, and 0 the
/// whole match (the PCRE numbering the TLR follows). The TLR's example: <c>REG_EXTRACT(Employee_Name, '(\w+)\s+(\w+)',
/// 1)</c> gives the first name. A non-zero match_from_start anchors the match at the start of the subject. A NULL
/// subject or pattern gives NULL; no match gives NULL (decided: the TLR documents NULL for NULL input only, and
/// practitioners test REG_EXTRACT's result with ISNULL), where Spark's <c>regexp_extract</c> gives an empty
/// string, so the extraction is guarded with <c>rlike</c>.
/// </summary>
public sealed class RegExtract : ExpressionFunction
{
    public override string? Limits => "unsupported for Perl constructs Java's regular expressions lack and for a sub-pattern the pattern does not have; approximate for a pattern read from a port";

    public override string Name => "REG_EXTRACT";

    public override FunctionCategory Category => FunctionCategory.Character;

    public override string Syntax => "REG_EXTRACT(subject, pattern [, subPatternNum [, match_from_start]])";

    public override int MinArguments => 2;

    public override int MaxArguments => 4;

    public override PcType Bind(CallBinding call)
    {
        Strings.Expect(call, "ssn");
        if (call.Count > 3)
        {
            call.ExpectIntegerLiteral(3, "match_from_start");
        }

        return Strings.SameLength(call);
    }

    public override SqlExpr Translate(CallTranslation call)
    {
        if (Strings.AnyNullLiteral(call, 3))
        {
            return Strings.NullString;
        }

        var fromStart = call.Count > 3 && Strings.IsConstantInt(call, 3, out var flag) && flag != 0;
        var pattern = RegexFunctions.Pattern(
            call,
            1,
            java => fromStart ? $"^(?:{java})" : java,
            computed => fromStart ? Strings.Call("concat", SqlLiteral.String("^(?:"), computed, SqlLiteral.String(")")) : computed,
            out var constant);
        if (pattern is null)
        {
            return SqlNull.Instance;
        }

        var group = call.Count > 2 ? Strings.Count(call, 2) : SqlLiteral.Int(1);
        if (constant is not null && group is SqlLiteral { Value: long n } && (n < 0 || n > constant.Groups))
        {
            return call.Unsupported($"the pattern has {constant.Groups} sub-pattern(s), so sub-pattern {n} does not exist");
        }

        var subject = call.String(0);
        return new SqlCase([new SqlWhen(Strings.Call("rlike", subject, pattern), Strings.Call("regexp_extract", subject, pattern, group))], null);
    }
}

/// <summary>
/// REG_REPLACE(subject, pattern, replace [, numReplacements]): every match of the pattern in the subject replaced by
/// replace, in which <c>$n</c> inserts the n-th sub-pattern (Perl's convention, which Java's replacement syntax shares;
/// a backslash escapes the next character in both). The TLR's example <c>REG_REPLACE(Employee_Name, '\s+', ' ')</c>
/// replaces runs of blanks by one blank. A NULL argument gives NULL. Spark's <c>regexp_replace</c> replaces every
/// match; a numReplacements count has no Spark form, so such a call is unsupported.
/// </summary>
public sealed class RegReplace : ExpressionFunction
{
    public override string? Limits => "unsupported with numReplacements and for Perl constructs Java's regular expressions lack; approximate for a pattern read from a port";

    public override string Name => "REG_REPLACE";

    public override FunctionCategory Category => FunctionCategory.Character;

    public override string Syntax => "REG_REPLACE(subject, pattern, replace [, numReplacements])";

    public override int MinArguments => 3;

    public override int MaxArguments => 4;

    public override PcType Bind(CallBinding call)
    {
        Strings.Expect(call, "sssn");
        return PcType.String(Math.Max(Strings.Precision(call[0].Type), PcType.String().Precision));
    }

    public override SqlExpr Translate(CallTranslation call)
    {
        if (call.Count > 3)
        {
            return call.Unsupported("Spark's regexp_replace replaces every match; a number of replacements has no built-in form");
        }

        if (Strings.AnyNullLiteral(call, 3))
        {
            return Strings.NullString;
        }

        var pattern = RegexFunctions.Pattern(call, 1, java => java, computed => computed, out _);
        return pattern is null ? SqlNull.Instance : Strings.Call("regexp_replace", call.String(0), pattern, call.String(2));
    }
}
