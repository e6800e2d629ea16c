using Xunit;

namespace Informatica2Spark.Cli.Tests.Output;

/// <summary>
/// <c>--output FILE</c> of every command that takes it: the report goes into an existing directory, and a directory
/// that does not exist is a usage error (exit code 2) naming it, with nothing created.
/// </summary>
public sealed class ReportOutputTests
{
    public static TheoryData<string[]> Commands => new()
    {
        { ["validate", "testdata/exports/direct_loads.xml"] },
        { ["list", "testdata/exports/direct_loads.xml"] },
        { ["params", "testdata/exports/sales_orders.xml", "--session", "s_m_sales_orders"] },
        { ["functions"] },
        { ["translate-expression", "1 + 1"] },
    };

    [Theory]
    [MemberData(nameof(Commands))]
    public void A_missing_directory_is_a_usage_error_and_nothing_is_created(string[] command)
    {
        var directory = Directory.CreateTempSubdirectory("i2s-output-").FullName;
        try
        {
            var missing = Path.Combine(directory, "missing", "deeper");
            var report = Path.Combine(missing, "report.txt");

            var (exit, stdout, stderr) = CliRunner.Run([.. command, "--output", report]);

            Assert.Equal((ExitCodes.Usage, string.Empty), (exit, stdout));
            Assert.Contains($"i2s: --output {report}: the directory {missing} does not exist; create it first", stderr, StringComparison.Ordinal);
            Assert.Empty(Directory.EnumerateFileSystemEntries(directory));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void The_report_is_written_into_an_existing_directory(string[] command)
    {
        var directory = Directory.CreateTempSubdirectory("i2s-output-").FullName;
        try
        {
            var report = Path.Combine(directory, "report.txt");

            var (exit, stdout, _) = CliRunner.Run([.. command, "--output", report]);

            Assert.Equal((ExitCodes.Success, string.Empty), (exit is ExitCodes.Findings ? ExitCodes.Success : exit, stdout));
            Assert.NotEmpty(File.ReadAllText(report));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void A_relative_missing_directory_is_named_as_given()
    {
        var missing = Path.Combine(Testing.RepositoryPaths.Root, "no-such-dir-i2s");
        try
        {
            var (exit, _, stderr) = CliRunner.Run("functions", "--output", "no-such-dir-i2s/functions.txt");

            Assert.Equal(ExitCodes.Usage, exit);
            Assert.Contains("the directory no-such-dir-i2s does not exist", stderr, StringComparison.Ordinal);
            Assert.False(Directory.Exists(missing));
        }
        finally
        {
            if (Directory.Exists(missing))
            {
                Directory.Delete(missing, recursive: true);
            }
        }
    }
}
