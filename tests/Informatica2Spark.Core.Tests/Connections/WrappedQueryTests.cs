using Informatica2Spark.Core.Connections;
using Xunit;

namespace Informatica2Spark.Core.Tests.Connections;

/// <summary>SQL overrides as Spark's JDBC query option reads them: inside SELECT ... FROM (query) alias.</summary>
public sealed class WrappedQueryTests
{
    [Theory]
    [InlineData("SELECT A FROM T WHERE S = 'OPEN' -- open only", "SELECT A FROM T WHERE S = 'OPEN'", "the trailing '--' comment")]
    [InlineData("SELECT A FROM T;", "SELECT A FROM T", "the trailing ';'")]
    [InlineData("SELECT A FROM T;\r\n-- end\r\n", "SELECT A FROM T", "the trailing '--' comment, the trailing ';'")]
    [InlineData("SELECT A FROM T ORDER BY A --", "SELECT A FROM T ORDER BY A", "the trailing '--' comment")]
    [InlineData("SELECT A FROM T /* done */", "SELECT A FROM T", "the trailing '/* */' comment")]
    public void Trailing_comments_and_semicolons_are_removed_and_said(string sql, string text, string removed)
    {
        var wrapped = WrappedQuery.Of(sql);

        Assert.Equal((text, removed, null), (wrapped.Text, string.Join(", ", wrapped.Removed), wrapped.Problem));
        Assert.Equal(0, ("SELECT * FROM (" + wrapped.Text + ") q").Count(c => c == '(') - ("SELECT * FROM (" + wrapped.Text + ") q").Count(c => c == ')'));
    }

    [Theory]
    [InlineData("SELECT A -- first\nFROM T WHERE B = '--; not a comment'")]
    [InlineData("SELECT \"A;B\" FROM [T--1]")]
    [InlineData("WITH X AS (SELECT 1 A FROM DUAL) SELECT A FROM X")]
    [InlineData("(SELECT A FROM T) UNION (SELECT A FROM U)")]
    [InlineData("SELECT 'it''s' FROM T")]
    public void Queries_that_read_as_a_subquery_are_kept_as_written(string sql)
    {
        var wrapped = WrappedQuery.Of(sql);

        Assert.Equal((sql, 0, null), (wrapped.Text, wrapped.Removed.Count, wrapped.Problem));
    }

    /// <summary>
    /// Oracle's alternative quoting (Oracle Database SQL Language Reference, Literals, Text Literals:
    /// https://docs.oracle.com/cd/B28359_01/server.111/b28286/sql_elements003.htm): <c>[N|n]{Q|q}'</c>, a delimiter that
    /// is any character but space, tab and return, the text, the delimiter (<c>]</c>, <c>}</c>, <c>&gt;</c>, <c>)</c>
    /// for <c>[</c>, <c>{</c>, <c>&lt;</c>, <c>(</c>) and <c>'</c>. Quotes, <c>--</c>, <c>/*</c> and <c>;</c> inside
    /// are text.
    /// </summary>
    [Theory]
    [InlineData("SELECT q'[it's -- not a comment]' AS C FROM DUAL")]
    [InlineData("SELECT Q'{it's; /* not a comment */}' AS C FROM DUAL")]
    [InlineData("SELECT q'(it's -- (nested) text)' AS C FROM DUAL")]
    [InlineData("SELECT q'<it's -- <text>>' AS C FROM DUAL")]
    [InlineData("SELECT q'!it's -- text!' AS C FROM DUAL")]
    [InlineData("SELECT q'#a]'b -- c#' AS C FROM DUAL")]
    [InlineData("SELECT nq'|it's -- national|' AS C FROM DUAL")]
    [InlineData("SELECT NQ'[it's -- national]' AS C FROM DUAL")]
    [InlineData("SELECT q'\u00e9it's -- text\u00e9' AS C FROM DUAL")]
    [InlineData("SELECT q'\ud83d\ude00it's -- text\ud83d\ude00' AS C FROM DUAL")]
    [InlineData("SELECT q'[a]b -- c]' AS C FROM DUAL WHERE D = 'x''y'")]
    public void Oracle_alternative_quoting_literals_are_one_literal(string sql)
    {
        var wrapped = WrappedQuery.Of(sql);

        Assert.Equal((sql, 0, null), (wrapped.Text, wrapped.Removed.Count, wrapped.Problem));
    }

    [Fact]
    public void A_comment_after_an_alternative_quoting_literal_is_still_a_trailing_comment()
    {
        var wrapped = WrappedQuery.Of("SELECT q'[it's -- text]' AS C FROM DUAL -- the end\n;");

        Assert.Equal(("SELECT q'[it's -- text]' AS C FROM DUAL", "the trailing '--' comment, the trailing ';'", null),
            (wrapped.Text, string.Join(", ", wrapped.Removed), wrapped.Problem));
    }

    [Theory]
    [InlineData("SELECT q'[it's -- open' FROM DUAL")]
    [InlineData("SELECT q'")]
    public void An_alternative_quoting_literal_that_is_never_closed_is_unterminated(string sql)
    {
        Assert.Equal("it has an unterminated string literal", WrappedQuery.Of(sql).Problem);
    }

    [Fact]
    public void A_q_before_a_blank_is_a_name_and_a_plain_literal()
    {
        var wrapped = WrappedQuery.Of("SELECT q' -- x' FROM DUAL -- c");

        Assert.Equal(("SELECT q' -- x' FROM DUAL", null), (wrapped.Text, wrapped.Problem));
    }

    [Theory]
    [InlineData("DELETE FROM T; SELECT A FROM T", null, "several statements")]
    [InlineData("EXEC load_orders", null, "not a query (it starts with EXEC)")]
    [InlineData("SELECT A FROM T WHERE B = 'open", null, "unterminated string literal")]
    [InlineData("SELECT A FROM T /* open", null, "unterminated /* comment")]
    [InlineData("WITH X AS (SELECT 1 A) SELECT A FROM X", ConnectionKind.SqlServer, "WITH clause")]
    [InlineData("SELECT A FROM T ORDER BY A", ConnectionKind.SqlServer, "ORDER BY")]
    public void What_cannot_be_a_subquery_is_a_problem(string sql, ConnectionKind? kind, string problem)
    {
        Assert.Contains(problem, WrappedQuery.Of(sql, kind).Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Order_by_with_top_or_inside_parentheses_is_accepted_on_sql_server()
    {
        Assert.Null(WrappedQuery.Of("SELECT TOP 10 A FROM T ORDER BY A", ConnectionKind.SqlServer).Problem);
        Assert.Null(WrappedQuery.Of("SELECT A FROM (SELECT TOP 5 A FROM T ORDER BY A) X", ConnectionKind.SqlServer).Problem);
        Assert.Null(WrappedQuery.Of("SELECT A FROM T ORDER BY A").Problem);
    }
}
