using System.Text.Json;
using Xunit;

namespace Informatica2Spark.Cli.Tests.Commands;

/// <summary>
/// Findings an engineer can act on and no silent gaps: one line per fact, the same severity in every command, no
/// made-up connection names; a mapping no session runs is converted and said so; a job with nothing to load refuses to run.
/// </summary>
[Collection(SessionNamingTests.Collection)]
public sealed class ActionableFindingsTests
{
    private const string Unresolved = "warning I2S0304: $$RUN_TAG is used by session s_m_export_accounts but has no value";

    [Theory]
    [InlineData("params", "testdata/exports/direct_loads.xml", "--session", "s_m_export_accounts")]
    [InlineData("validate", "testdata/exports/direct_loads.xml", "--param", "$$OTHER=1")]
    [InlineData("convert", "testdata/exports/direct_loads.xml", "--check", "--out", "testdata/no-such-output")]
    public void A_finding_has_the_same_severity_in_every_command(params string[] args)
    {
        var (_, stdout, _) = CliRunner.Run(args);

        Assert.Single(stdout.Split('\n'), line => line.Contains(Unresolved, StringComparison.Ordinal));
    }

    [Fact]
    public void Identical_findings_are_one_line()
    {
        // m_sales_orders declares $$MAX_ORDER_DATE with no value; every session that runs the mapping finds it again.
        var (_, stdout, _) = CliRunner.Run("validate", "testdata/exports", "testdata/exports/sales_orders.xml", "--param", "$$OTHER=1");

        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(lines.Length, lines.Distinct(StringComparer.Ordinal).Count());
        Assert.Single(lines, l => l.Contains("I2S0305: $$MAX_ORDER_DATE", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("validate", "testdata/exports/arvind_scenarios.xml", "--connections", "testdata/connections/connections.yaml", "--env", "dev")]
    [InlineData("validate", "testdata/exports/arvind_scenarios.xml", "--connections", "testdata/connections/connections.yaml", "--env", "dev", "--param", "$$OTHER=1")]
    [InlineData("convert", "testdata/exports/arvind_scenarios.xml", "--check", "--out", "testdata/no-such-output")]
    public void A_connection_variable_with_no_value_is_one_finding_per_session(params string[] args)
    {
        var (_, stdout, _) = CliRunner.Run(args);

        var lines = stdout.Split('\n');
        Assert.DoesNotContain(lines, l => l.Contains("I2S0409", StringComparison.Ordinal));
        var missing = lines.Where(l => l.Contains("error I2S0304: $DBConnection_Src is used by session", StringComparison.Ordinal)).ToList();
        Assert.Equal(8, missing.Count); // the export's eight sessions, each once
        Assert.Equal(8, missing.Select(l => l[l.LastIndexOf('[')..]).Distinct().Count());
    }

    [Fact]
    public void A_source_with_no_connection_is_said_to_have_none()
    {
        var (_, stdout, _) = CliRunner.Run("convert", "testdata/exports/multi_folder.xml", "--check", "--out", "testdata/no-such-output");

        Assert.DoesNotContain("$Source/$Target", stdout, StringComparison.Ordinal);
        Assert.Contains("SQ_REGIONS: the session names no connection for it: set its connection, or the session's $Source connection value", stdout, StringComparison.Ordinal);
        Assert.Contains("DIM_REGION: the session names no connection for it: set its connection, or the session's $Target connection value", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_mapping_of_a_mapping_only_export_is_converted_with_default_session_settings_and_said_so()
    {
        using var output = ConvertOutput.Run("testdata/naming/mapping_only.xml");

        Assert.Equal(0, output.Exit);
        using var manifest = JsonDocument.Parse(output.Files()["i2s-manifest.json"]);
        Assert.Equal(
            ["MAPPINGS/M:m_no_target", "MAPPINGS/M:m_orders"],
            manifest.RootElement.GetProperty("sessions").EnumerateArray().Select(s => s.GetProperty("objectPath").GetString()));
        Assert.Contains("info I2S0806: m_orders: no session of the export runs this mapping; it is converted as session s_m_orders with the default session settings", output.Stdout, StringComparison.Ordinal);
        Assert.Contains("MAPPINGS/_reusable/s_m_orders/job.yaml", output.Files().Keys);
    }

    [Fact]
    public void A_mapping_only_export_can_name_one_mapping()
    {
        using var output = ConvertOutput.Run("testdata/naming/mapping_only.xml", "--session", "MAPPINGS/M:m_orders");

        Assert.Contains("partial   MAPPINGS/M:m_orders -> MAPPINGS/_reusable/s_m_orders", output.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("m_no_target", output.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("testdata/naming/mapping_only.xml", "MAPPINGS/_reusable/s_m_no_target", "mapping 'm_no_target' has no target instance, so the session loads nothing")]
    [InlineData("testdata/exports/sales_orders.xml", "SALES/wf_sales/wl_housekeeping/s_m_purge_rejects", "mapping 'm_purge_rejects' is not in the export, so the session loads no target")]
    public void A_session_with_nothing_to_load_gets_a_driver_that_refuses_to_run(string export, string directory, string reason)
    {
        using var output = ConvertOutput.Run(export);

        var files = output.Files();
        Assert.Contains(reason + "; the driver refuses to run", output.Stdout, StringComparison.Ordinal);
        Assert.Contains($": {reason}\",", files[$"{directory}/driver/Program.cs"], StringComparison.Ordinal);
        Assert.DoesNotContain("Array.Empty<string>();", files[$"{directory}/driver/Program.cs"].Split("Refused =")[1].Split('\n')[0], StringComparison.Ordinal);
        Assert.Contains($"The session loads no target: {reason}.", files[$"{directory}/REPORT.md"], StringComparison.Ordinal);
    }
}
