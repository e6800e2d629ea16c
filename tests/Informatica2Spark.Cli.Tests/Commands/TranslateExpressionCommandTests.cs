using System.Text.Json;
using Informatica2Spark.Core.Tests.Expressions.Golden;
using Xunit;

namespace Informatica2Spark.Cli.Tests.Commands;

/// <summary><c>i2s translate-expression</c>: every golden row through the command line, exit codes, text and JSON.</summary>
public sealed class TranslateExpressionCommandTests
{
    [Fact]
    public void Every_golden_row_gives_its_expected_sql_and_verdict()
    {
        var problems = new List<string>();
        foreach (var row in GoldenTable.All)
        {
            var (exit, stdout, stderr) = CliRunner.Run([.. Arguments(row)]);
            using var json = JsonDocument.Parse(stdout);
            var sql = json.RootElement.GetProperty("sql").GetString();
            var verdict = json.RootElement.GetProperty("verdict").GetString();
            var expectedExit = row.Verdict == "unsupported" ? 1 : 0;
            if (sql != row.Sql || verdict != row.Verdict || exit != expectedExit)
            {
                problems.Add($"{row}: exit {exit} (expected {expectedExit}), verdict {verdict}, sql {sql ?? "(none)"} {stderr}");
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void Text_output_shows_the_sql_type_verdict_and_functions()
    {
        var (exit, stdout, _) = CliRunner.Run("translate-expression", "IIF(A > $$LIMIT, NAME || '!')", "--port", "A:integer", "--port", "NAME:string(10)", "--param", "$$LIMIT:integer=10");
        Assert.Equal(0, exit);
        Assert.Equal(
            "expression: IIF(A > $$LIMIT, NAME || '!')\n" +
            "spark sql:  CASE WHEN `A` > :LIMIT THEN concat_ws('', `NAME`, '!') ELSE '' END\n" +
            "run-time values: $$LIMIT as :LIMIT (integer)\n" +
            "bound sql:  CASE WHEN `A` > 10 THEN concat_ws('', `NAME`, '!') ELSE '' END\n" +
            "type:       string(11)\n" +
            "verdict:    exact\n" +
            "function:   IIF exact\n",
            stdout);
    }

    [Fact]
    public void A_password_given_in_plain_text_is_never_written_out()
    {
        var (exit, stdout, stderr) = CliRunner.Run("translate-expression", "'x' || $$DB_PASSWORD", "--param", "$$DB_PASSWORD=s3cret", "--format", "json");
        var (badExit, _, badStderr) = CliRunner.Run("translate-expression", "A", "--param", "$$DB_PWD:varchar2000=s3cret");
        var (referenceExit, referenceStdout, _) = CliRunner.Run("translate-expression", "$$DB_PASSWORD", "--param", "$$DB_PASSWORD=env:DB_PASSWORD");

        Assert.Equal(0, exit);
        Assert.DoesNotContain("s3cret", stdout + stderr, StringComparison.Ordinal);
        Assert.Contains("$$DB_PASSWORD names a password: its value is not bound", stderr, StringComparison.Ordinal);
        Assert.Contains(":DB_PASSWORD", stdout, StringComparison.Ordinal);
        Assert.Equal(2, badExit);
        Assert.DoesNotContain("s3cret", badStderr, StringComparison.Ordinal);
        Assert.Contains("$$DB_PWD:varchar2000=(withheld: a password in plain text)", badStderr, StringComparison.Ordinal);

        // A reference to where the secret lives is no secret: it is bound as given.
        Assert.Equal(0, referenceExit);
        Assert.Contains("bound sql:  'env:DB_PASSWORD'", referenceStdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_problem_is_a_located_diagnostic_and_exit_1()
    {
        var (exit, stdout, _) = CliRunner.Run("translate-expression", "IIF(A > , 1)");
        Assert.Equal(1, exit);
        Assert.Contains("error I2S0810: expected a value, found ',' (at column 9 of the expression)", stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--port", "A")]
    [InlineData("--port", "A:varchar2000")]
    [InlineData("--param", "LIMIT=1")]
    [InlineData("--null-comparison", "sometimes")]
    [InlineData("--spark-version", "2.4")]
    public void Bad_options_are_usage_errors(string option, string value)
    {
        var (exit, _, stderr) = CliRunner.Run("translate-expression", "A", option, value);
        Assert.Equal(2, exit);
        Assert.StartsWith("i2s: ", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void An_approximation_fails_only_with_fail_on_warning()
    {
        Assert.Equal(0, CliRunner.Run("translate-expression", "SYSDATE").Exit);
        Assert.Equal(1, CliRunner.Run("translate-expression", "SYSDATE", "--fail-on", "warning").Exit);
    }

    [Fact]
    public void Functions_lists_every_function_with_its_verdict()
    {
        var (exit, stdout, _) = CliRunner.Run("functions", "--format", "json");
        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(stdout);
        Assert.Contains(json.RootElement.EnumerateArray(), f => f.GetProperty("name").GetString() == "DECODE" && f.GetProperty("verdict").GetString() == "exact");
    }

    private static IEnumerable<string> Arguments(GoldenCase row)
    {
        yield return "translate-expression";
        yield return row.Expression;
        foreach (var (name, type) in row.Ports)
        {
            yield return "--port";
            yield return $"{name}:{type}";
        }

        foreach (var parameter in row.Params)
        {
            yield return "--param";
            yield return parameter;
        }

        foreach (var variable in row.Variables)
        {
            yield return "--variable";
            yield return variable;
        }

        if (row.Settings.HighPrecision)
        {
            yield return "--high-precision";
        }

        if (row.Settings.Condition)
        {
            yield return "--condition";
        }

        if (row.Settings.Workflow)
        {
            yield return "--workflow-condition";
        }

        if (row.Settings.DateFormat is { } format)
        {
            yield return "--date-format";
            yield return format;
        }

        if (row.Settings.CurrentYear is { } year)
        {
            yield return "--current-year";
            yield return year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        yield return "--null-comparison";
        yield return row.Settings.NullComparison;
        yield return "--spark-version";
        yield return row.Settings.SparkVersion;
        yield return "--format";
        yield return "json";
    }
}
