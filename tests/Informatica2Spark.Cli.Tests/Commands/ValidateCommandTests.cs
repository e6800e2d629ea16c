using System.Text.Json;
using Informatica2Spark.Testing;
using Xunit;

namespace Informatica2Spark.Cli.Tests.Commands;

public class ValidateCommandTests
{
    [Theory]
    [InlineData("error", 0)]
    [InlineData("warning", 0)]
    [InlineData("never", 0)]
    public void Fail_on_decides_on_a_clean_export(string failOn, int expected) =>
        Assert.Equal(expected, CliRunner.Run("validate", "--fail-on", failOn, "testdata/exports/sales_orders.xml").Exit);

    [Fact]
    public void Fail_on_never_and_warning_change_the_outcome_of_findings()
    {
        Assert.Equal(0, CliRunner.Run("validate", "--fail-on", "never", "testdata/broken/broken-references.xml").Exit);
        Assert.Equal(1, CliRunner.Run("validate", "--fail-on", "warning", "testdata/broken/other-dtd.xml", "testdata/broken/broken-references.xml").Exit);
    }

    [Fact]
    public void Text_output_of_broken_inputs_snapshot()
    {
        var (_, stdout, _) = CliRunner.Run("validate", "testdata/broken");
        Snapshot.Verify(stdout, "txt");
    }

    [Fact]
    public void Json_output_lists_files_diagnostics_and_summary()
    {
        var (exit, stdout, _) = CliRunner.Run("validate", "--format", "json", "testdata/broken/broken-references.xml");

        Assert.Equal(1, exit);
        using var json = JsonDocument.Parse(stdout);
        var root = json.RootElement;
        Assert.Equal("i2s", root.GetProperty("tool").GetProperty("name").GetString());
        Assert.Equal("testdata/broken/broken-references.xml", root.GetProperty("files")[0].GetString());
        var first = root.GetProperty("diagnostics")[0];
        Assert.Equal("I2S0206", first.GetProperty("code").GetString());
        Assert.Equal("error", first.GetProperty("severity").GetString());
        Assert.Equal(19, first.GetProperty("line").GetInt32());
        Assert.Equal("F1/M:m_copy", first.GetProperty("objectPath").GetString());
        Assert.Equal(4, root.GetProperty("summary").GetProperty("errors").GetInt32());
    }

    [Fact]
    public void Sarif_output_is_sarif_2_1_0()
    {
        var (_, stdout, _) = CliRunner.Run("validate", "--format", "sarif", "testdata/broken/broken-references.xml", "testdata/broken/xxe.xml");

        using var json = JsonDocument.Parse(stdout);
        var root = json.RootElement;
        Assert.Equal("2.1.0", root.GetProperty("version").GetString());
        Assert.Contains("sarif", root.GetProperty("$schema").GetString(), StringComparison.Ordinal);
        var run = root.GetProperty("runs")[0];
        var driver = run.GetProperty("tool").GetProperty("driver");
        Assert.Equal("i2s", driver.GetProperty("name").GetString());
        Assert.Contains(driver.GetProperty("rules").EnumerateArray(), r => r.GetProperty("id").GetString() == "I2S0206");
        var results = run.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(5, results.Count);
        foreach (var result in results)
        {
            Assert.Matches("^I2S[0-9]{4}$", result.GetProperty("ruleId").GetString());
            Assert.Equal("error", result.GetProperty("level").GetString());
            var physical = result.GetProperty("locations")[0].GetProperty("physicalLocation");
            Assert.StartsWith("testdata/broken/", physical.GetProperty("artifactLocation").GetProperty("uri").GetString(), StringComparison.Ordinal);
            Assert.True(physical.GetProperty("region").GetProperty("startLine").GetInt32() > 0);
            Assert.True(physical.GetProperty("region").GetProperty("startColumn").GetInt32() > 0);
        }
    }

    [Fact]
    public void Output_file_is_written_instead_of_stdout()
    {
        var directory = Directory.CreateTempSubdirectory("i2s-validate-").FullName;
        try
        {
            var report = Path.Combine(Directory.CreateDirectory(Path.Combine(directory, "reports")).FullName, "validation.sarif");
            var (exit, stdout, _) = CliRunner.Run("validate", "--format", "sarif", "--output", report, "testdata/exports");

            Assert.Equal(0, exit);
            Assert.Empty(stdout);
            using var json = JsonDocument.Parse(File.ReadAllText(report));
            Assert.Equal("2.1.0", json.RootElement.GetProperty("version").GetString());
            Assert.Equal(["validation.sarif"], Directory.EnumerateFileSystemEntries(Path.GetDirectoryName(report)!).Select(Path.GetFileName));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void Logs_go_to_stderr_and_the_log_file()
    {
        var directory = Directory.CreateTempSubdirectory("i2s-log-").FullName;
        try
        {
            var log = Path.Combine(directory, "i2s.log");
            var (_, stdout, stderr) = CliRunner.Run("validate", "--verbosity", "detailed", "--log-file", log, "testdata/exports/sales_orders.xml");

            Assert.Contains("i2s: information: validating 1 export file(s)", stderr, StringComparison.Ordinal);
            Assert.DoesNotContain("validating", stdout, StringComparison.Ordinal);
            Assert.Contains("validating 1 export file(s)", File.ReadAllText(log), StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [CorpusFact]
    public void The_whole_corpus_validates_without_errors()
    {
        var (exit, stdout, _) = CliRunner.Run("validate", "../shared/corpus/xml");

        Assert.Equal(0, exit);
        Assert.Matches(@"^0 errors, \d+ warnings, \d+ infos in 39 files$", stdout.TrimEnd('\n').Split('\n')[^1]);
    }
}
