using Informatica2Spark.Testing.Spark;
using Xunit;

namespace Informatica2Spark.Core.Tests.SqlGrammar;

/// <summary>
/// The Spark SQL grammar check accepts the expression forms the translator writes and rejects malformed text, so a
/// generated expression that passes it is known to parse in Spark.
/// </summary>
public sealed class SparkSqlGrammarTests
{
    /// <summary>Expression forms the translation of PowerCenter expressions writes, each accepted by Spark's grammar.</summary>
    private static readonly string[] ValidExpressions =
    [
        "CASE WHEN a > 1 THEN 'x' WHEN a IS NULL THEN NULL ELSE 'y' END",
        "CASE a WHEN 1 THEN 'one' ELSE 'other' END",
        "a <=> b",
        "NOT (a <=> b)",
        "`order date` + 1",
        "`a``b`",
        "t.`col`",
        "DATE '2020-01-01'",
        "TIMESTAMP '2020-01-01 12:34:56'",
        "TIMESTAMP '2020-01-01 12:34:56.123456'",
        "1.50BD",
        "2D",
        "10L",
        "CAST(x AS DECIMAL(10,2))",
        "CAST(x AS STRING)",
        "raise_error('x')",
        "CASE WHEN a IS NULL THEN raise_error('a is null') ELSE a END",
        "regexp_extract(s, '([0-9]+)-([a-z]+)', 2)",
        "'O\\'Brien'",
        "'C:\\\\temp\\\\'",
        "'tab\\there'",
        ":LAST_RUN",
        ":`$$LAST_RUN`",
        "a > :`$$LAST_RUN` AND b <> :LAST_RUN",
        "IF(a IS NULL, 0, a) * -1",
        "concat(trim(a), '-', lpad(CAST(b AS STRING), 5, '0'))",
        "a -- a trailing comment",
        "a +\n  b",
    ];

    private static readonly string[] MalformedExpressions =
    [
        "(1 + 2",
        "1 + 2)",
        "CASE WHEN x THEN END",
        "1 +* 2",
        "'abc",
        "'O'Brien'",
        "`abc",
        "a +",
        "a, b",
        "a AS x",
        "",
        "SELECT 1",
        ":$$LAST_RUN",
    ];

    private static readonly string[] PositionedExpressions = ["a # b", "'abc", "1 +* 2", "a +\n  (b", "a +"];

    private static readonly string[] Statements =
    [
        "SELECT a, CAST(b AS DECIMAL(10,2)) AS c FROM t WHERE d <=> :LAST_RUN",
        "SELECT FROM",
        "INSERT INTO target SELECT * FROM source WHERE updated > :`$$LAST_RUN`",
        "SELECT (1 FROM t",
        "SELECT 1; SELECT 2",
        "SELECT 'abc FROM t",
        "SELECT 1; SELEC 2",
        "SELECT a\nFROM t WHERE (",
    ];

    // Every expression of these tests in one check, and every statement in another: one node process each.
    private static readonly string[][] ExpressionGroups = [ValidExpressions, MalformedExpressions, PositionedExpressions];

    private static readonly Lazy<IReadOnlyList<string?>> ExpressionResults =
        new(() => SparkSqlGrammar.CheckExpressions([.. ExpressionGroups.SelectMany(g => g)]));

    private static readonly Lazy<IReadOnlyList<string?>> StatementResults = new(() => SparkSqlGrammar.CheckStatements(Statements));

    /// <summary>Each expression of <paramref name="group"/> (one of <see cref="ExpressionGroups"/>) with its result.</summary>
    private static List<(string Text, string? Error)> ResultsOf(string[] group)
    {
        var offset = ExpressionGroups.TakeWhile(g => !ReferenceEquals(g, group)).Sum(g => g.Length);
        return [.. group.Select((text, i) => (text, ExpressionResults.Value[offset + i]))];
    }

    [SparkGrammarFact]
    public void Accepts_the_expression_forms_the_translator_writes()
    {
        var rejected = ResultsOf(ValidExpressions).Where(r => r.Error is not null).Select(r => $"{r.Text} -> {r.Error}").ToList();

        Assert.True(rejected.Count == 0, "Rejected:\n" + string.Join("\n", rejected));
    }

    [SparkGrammarFact]
    public void Rejects_malformed_expressions()
    {
        var accepted = ResultsOf(MalformedExpressions).Where(r => r.Error is null).Select(r => r.Text).ToList();

        Assert.True(accepted.Count == 0, "Accepted:\n" + string.Join("\n", accepted));
    }

    [SparkGrammarFact]
    public void Reports_the_first_error_with_its_position_in_the_expression()
    {
        var results = ResultsOf(PositionedExpressions).Select(r => r.Error).ToList();

        Assert.Equal("line 1, column 3: unrecognized character '#'", results[0]);
        Assert.Equal("line 1, column 1: unterminated string literal", results[1]);
        Assert.StartsWith("line 1, column 6: '2' is not valid at this position", results[2]);
        Assert.StartsWith("line 2, column 5: after the end of the expression: ", results[3]);
        Assert.StartsWith("line 1, column 4: after the end of the expression: ", results[4]);
    }

    [SparkGrammarFact]
    public void Checks_statements_in_order()
    {
        Assert.Equal([true, false, true, false, true, false, false, false], StatementResults.Value.Select(r => r is null));
    }

    [SparkGrammarFact]
    public void Reports_the_first_error_with_its_position_in_the_statement()
    {
        Assert.Equal("line 1, column 8: unterminated string literal", StatementResults.Value[5]);
        Assert.Equal("line 2, column 15: Statement is incomplete", StatementResults.Value[7]);
    }

    [Fact]
    public void An_empty_batch_needs_no_process()
    {
        Assert.Empty(SparkSqlGrammar.CheckStatements([]));
        Assert.Empty(SparkSqlGrammar.CheckExpressions([]));
    }

    [Fact]
    public void An_expression_is_checked_as_the_only_expression_of_a_cast()
    {
        Assert.Equal("SELECT CAST(a + 1\nAS STRING) AS r FROM t", SparkSqlGrammar.ExpressionStatement("a + 1"));
    }
}
