using Informatica2Spark.Core.Expressions.Functions.Character;
using Xunit;

namespace Informatica2Spark.Core.Tests.Expressions;

/// <summary>Perl-compatible patterns of the REG_ functions rewritten for Java: what is copied, rewritten and refused.</summary>
public sealed class PerlRegexTests
{
    [Theory]
    [InlineData(@"(\w+)\s+(\w+)", @"(\w+)\s+(\w+)", 2)]
    [InlineData(@"[[:alpha:]][[:^digit:]]", @"[\p{Alpha}][\P{Digit}]", 0)]
    [InlineData(@"[[:word:]-]", @"[\w-]", 0)]
    [InlineData(@"[]a]", @"[\]a]", 0)]
    [InlineData(@"[^]a]", @"[^\]a]", 0)]
    [InlineData(@"[a[&&b]", @"[a\[\&\&b]", 0)]
    [InlineData(@"[\b]", @"[\x08]", 0)]
    [InlineData(@"(?P<year>\d{4})-(?P=year)", @"(?<year>\d{4})-\k<year>", 1)]
    [InlineData(@"(?'word'\w+)\k{word}", @"(?<word>\w+)\k<word>", 1)]
    [InlineData(@"(a)(b)\g{-1}\g1", @"(a)(b)(?:\2)(?:\1)", 2)]
    [InlineData(@"a(?#note)b", @"ab", 0)]
    [InlineData(@"\N+", @"[^\n]+", 0)]
    [InlineData(@"\p{Greek}\p{Lu}\P{^L}", @"\p{IsGreek}\p{Lu}\p{L}", 0)]
    [InlineData(@"(?i)a(?:b)(?=c)(?<=a)(?>d)", @"(?i)a(?:b)(?=c)(?<=a)(?>d)", 0)]
    [InlineData(@"\Qa.b\E.", @"\Qa.b\E.", 0)]
    [InlineData(@"\Qa.b", @"\Qa.b\E", 0)]
    public void Rewrites_for_java(string perl, string java, int groups)
    {
        var translation = PerlRegex.ToJava(perl);
        Assert.Null(translation.Unsupported);
        Assert.Equal(java, translation.Java);
        Assert.Equal(groups, translation.Groups);
    }

    [Theory]
    [InlineData(@"a\Kb", @"\K")]
    [InlineData(@"\((?R)?\)", "recursion")]
    [InlineData(@"(a)(?1)", "recursion")]
    [InlineData(@"(?&name)", "recursion")]
    [InlineData(@"(a)?(?(1)b|c)", "conditional")]
    [InlineData(@"(?|(a)|(b))", "branch reset")]
    [InlineData(@"(*SKIP)a", "verbs")]
    [InlineData(@"(?U)a+", "flag U")]
    [InlineData(@"[[:alphanum:]]", "POSIX class")]
    [InlineData(@"(?<first_name>\w+)", "group name")]
    [InlineData(@"[abc", "not closed")]
    [InlineData(@"abc\", "backslash")]
    public void Refuses_what_java_lacks(string perl, string reason)
    {
        var translation = PerlRegex.ToJava(perl);
        Assert.Null(translation.Java);
        Assert.Contains(reason, translation.Unsupported, StringComparison.Ordinal);
    }
}
