using Informatica2Spark.Testing.Spark;
using Xunit;

namespace Informatica2Spark.Cli.Tests.Commands;

/// <summary>
/// <c>i2s convert</c> on flat files of every layout and on SQL overrides (testdata/sources): each is read and written as
/// PowerCenter would, or refused with its reason, never reported converted while Spark would read it wrongly.
/// </summary>
public sealed class SourceLayoutTests : IDisposable
{
    private readonly ConvertOutput _output = ConvertOutput.Run(ConvertCases.Arguments("flat_files"));

    public void Dispose() => _output.Dispose();

    private string Job(string session) => _output.Files()[$"FILES/wf_files/{session}/job.yaml"];

    private string Report(string session) => _output.Files()[$"FILES/wf_files/{session}/REPORT.md"];

    [Fact]
    public void A_fixed_width_file_is_read_by_offset_and_length_and_written_padded_to_field_width()
    {
        var job = Job("s_emp_fixed");

        Assert.Contains("status: converted", job, StringComparison.Ordinal);
        Assert.DoesNotContain("\"sep\"", job, StringComparison.Ordinal);
        Assert.Contains("decode(substring(CAST(`value` AS BINARY), 1, 6), 'UTF-8')", job, StringComparison.Ordinal);
        Assert.Contains("decode(substring(CAST(`value` AS BINARY), 7, 20), 'UTF-8')", job, StringComparison.Ordinal);
        Assert.Contains("substring(encode(CASE WHEN `EMP_NAME` IS NULL THEN '*                   ' ELSE CAST(`EMP_NAME` AS STRING) END, 'windows-1252'), 1, 20)", job, StringComparison.Ordinal);
        Assert.Equal(2, job.Split("format: \"text\"").Length - 1);
        Assert.Contains("| EMP_FIXED: layout | fixed-width |", Report("s_emp_fixed"), StringComparison.Ordinal);
    }

    [SparkGrammarFact]
    public void Fixed_width_projections_are_valid_Spark_SQL()
    {
        var expressions = Job("s_emp_fixed").Split('\n').Select(l => l.Trim()).Where(l => l.StartsWith("- \"CASE WHEN", StringComparison.Ordinal) || l.StartsWith("- \"CAST(concat", StringComparison.Ordinal))
            .Select(l => l[3..^1].Replace("\\\"", "\"", StringComparison.Ordinal))
            .Select(l => l[..l.LastIndexOf(" AS `", StringComparison.Ordinal)]).ToList();

        Assert.Equal(3, expressions.Count);
        Assert.All(SparkSqlGrammar.CheckExpressions(expressions), Assert.Null);
    }

    [Fact]
    public void A_delimited_file_is_read_with_its_schema_code_page_and_quote_and_written_with_the_session_layout()
    {
        var job = Job("s_sales_tab");

        Assert.Contains("status: converted", job, StringComparison.Ordinal);
        Assert.Contains("schema: \"`SALE_ID` DECIMAL(10,0), `REGION` STRING, `AMOUNT` DECIMAL(12,2), `SOLD_AT` TIMESTAMP\"", job, StringComparison.Ordinal);
        Assert.Contains("value: \"\\t\"", job, StringComparison.Ordinal);
        Assert.Contains("value: \"windows-1252\"", job, StringComparison.Ordinal);
        Assert.Contains("key: \"header\"\n        value: \"true\"", job, StringComparison.Ordinal);
        Assert.Contains("key: \"quote\"\n        value: \"\"", job, StringComparison.Ordinal);
        Assert.Contains("key: \"sep\"\n        value: \";\"", job, StringComparison.Ordinal);
        Assert.DoesNotContain("\"||\"", job, StringComparison.Ordinal);
        Assert.Contains(".Schema(\"`SALE_ID` DECIMAL(10,0)", _output.Files()["FILES/wf_files/s_sales_tab/driver/Program.cs"], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("s_sales_headers", "PowerCenter skips the file's first 3 rows")]
    [InlineData("s_sales_anydelim", "it splits fields at any of 2 delimiter characters")]
    [InlineData("s_orders_two_statements", "it holds several statements")]
    public void What_Spark_would_read_wrongly_is_refused_with_the_reason(string session, string reason)
    {
        var job = Job(session);

        Assert.Contains("status: partial", job, StringComparison.Ordinal);
        Assert.Contains(reason, job, StringComparison.Ordinal);
        Assert.Contains(reason, _output.Files()[$"FILES/wf_files/{session}/driver/Program.cs"], StringComparison.Ordinal);
    }

    [Fact]
    public void The_session_sql_override_wins_and_loses_its_trailing_comment_and_semicolon()
    {
        var job = Job("s_orders_session_sql");

        Assert.Contains("key: \"query\"\n        value: \"SELECT ORDER_ID, STATUS\\r\\nFROM APP.ORDERS\\r\\nWHERE STATUS = '$$STATUS'\"", job, StringComparison.Ordinal);
        Assert.Contains("status: converted", job, StringComparison.Ordinal);
        var report = Report("s_orders_session_sql");
        Assert.Contains("| SQ_ORDERS: session values | Sql Query, Pre SQL |", report, StringComparison.Ordinal);
        Assert.Contains("| ORDERS: query | SQL override without the trailing '--' comment and the trailing ';' |", report, StringComparison.Ordinal);
    }

    [Fact]
    public void Windows_directories_are_mapped_by_the_catalog_or_reported()
    {
        var job = Job("s_sales_tab");

        Assert.Contains("value: \"/data/etl/src/sales.tsv\"", job, StringComparison.Ordinal);
        Assert.Contains("I2S0830: SALES_OUT: file path '//filer/etl/out/sales.txt' is a Windows path", _output.Stderr + _output.Stdout, StringComparison.Ordinal);
        Assert.Contains("| SALES_TAB: path | /data/etl/src/sales.tsv | the catalog maps directory", Report("s_sales_tab"), StringComparison.Ordinal);
    }
}
