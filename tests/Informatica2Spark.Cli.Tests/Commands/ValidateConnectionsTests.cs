using System.Text.Json;
using Informatica2Spark.Testing;
using Xunit;

namespace Informatica2Spark.Cli.Tests.Commands;

public class ValidateConnectionsTests
{
    [Fact]
    public void A_complete_catalog_resolves_every_connection()
    {
        var (exit, stdout, _) = CliRunner.Run("validate", "testdata/exports/transformation_kinds.xml",
            "--connections", "testdata/connections/connections.yaml", "--param", "$DBConnection_Warehouse=OPS_WAREHOUSE");

        Assert.Equal(0, exit);
        Assert.DoesNotContain("I2S04", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void The_environment_option_selects_the_catalog_section()
    {
        var (exit, stdout, _) = CliRunner.Run("validate", "testdata/exports/transformation_kinds.xml",
            "--connections", "testdata/connections/connections.yaml", "--env", "prod", "--param", "$DBConnection_Warehouse=OPS_WAREHOUSE");

        Assert.Equal(1, exit);
        Assert.Contains("connection 'OPS_SQLSERVER' (from Relational:OPS_SQLSERVER) is not in the catalog environment 'prod'", stdout, StringComparison.Ordinal);

        var (unknown, output, _) = CliRunner.Run("validate", "testdata/exports/transformation_kinds.xml", "--connections", "testdata/connections/connections.yaml", "--env", "staging");
        Assert.Equal(1, unknown);
        Assert.Contains("I2S0402", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_catalog_file_is_unreadable_input()
    {
        var (exit, stdout, _) = CliRunner.Run("validate", "testdata/exports/sales_orders.xml", "--connections", "testdata/connections/missing.yaml");
        Assert.Equal(3, exit);
        Assert.Contains("I2S0001", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void No_password_from_the_catalog_appears_in_any_output_or_log()
    {
        var directory = Directory.CreateTempSubdirectory("i2s-secrets-").FullName;
        try
        {
            var everything = new List<string>();
            foreach (var format in new[] { "text", "json", "sarif" })
            {
                var log = Path.Combine(directory, format + ".log");
                var (_, stdout, stderr) = CliRunner.Run("validate", "testdata/exports", "--format", format, "--verbosity", "diagnostic", "--log-file", log,
                    "--connections", "testdata/connections/broken.yaml", "--param-file", "testdata/params/sales.prm");
                everything.AddRange([stdout, stderr, File.ReadAllText(log)]);
            }

            var (_, paramsOut, paramsErr) = CliRunner.Run("params", "testdata/exports/sales_orders.xml", "--session", "s_m_sales_orders", "--format", "json");
            everything.AddRange([paramsOut, paramsErr]);

            Assert.Contains(everything, e => e.Contains("I2S0405", StringComparison.Ordinal));
            Assert.All(everything, e => Assert.DoesNotContain("hunter2", e, StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [CorpusFact]
    public void A_catalog_lacking_entries_reports_every_missing_connection_of_the_corpus_with_its_location()
    {
        var (exit, stdout, stderr) = CliRunner.Run("validate", "../shared/corpus/xml", "--format", "json", "--connections", "testdata/connections/empty.yaml");

        Assert.Equal(1, exit);
        Assert.DoesNotContain("internal error", stderr, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(stdout);
        var missing = json.RootElement.GetProperty("diagnostics").EnumerateArray()
            .Where(d => d.GetProperty("code").GetString() is "I2S0407" or "I2S0409").ToList();
        Assert.True(missing.Count > 100, $"{missing.Count} missing connections");
        Assert.All(missing, d =>
        {
            Assert.StartsWith("../shared/corpus/xml/", d.GetProperty("file").GetString(), StringComparison.Ordinal);
            Assert.True(d.GetProperty("line").GetInt32() > 0);
            Assert.Contains("/ST:", d.GetProperty("objectPath").GetString(), StringComparison.Ordinal);
            Assert.Matches("connection ('[^']+'|\\$\\w+)|file path uses \\$+\\w+", d.GetProperty("message").GetString());
        });
    }
}
