using System.Text.Json;
using Xunit;

namespace Informatica2Spark.Cli.Tests.Commands;

/// <summary>
/// Naming a session on the command line: the object path i2s prints and a folder qualifier tell apart sessions with
/// the same names in two folders (testdata/naming/two_folders.xml) or two exports (demo_again.xml), and the manifest
/// never lists two entries with one identity (input and object path).
/// </summary>
[Collection(Collection)]
public sealed class SessionNamingTests
{
    /// <summary>Tests that set <c>I2S_PARAM__STATUS</c> or read $$STATUS run one at a time.</summary>
    public const string Collection = "testdata/naming";

    private const string TwoFolders = "testdata/naming/two_folders.xml";
    private const string Params = "testdata/naming/two_folders.prm";

    [Theory]
    [InlineData("DEMO_EU/WF:wf_copy/ST:s_m_copy", null, "OPEN_EU")]
    [InlineData("DEMO_EU/s_m_copy", null, "OPEN_EU")]
    [InlineData("s_m_copy", "DEMO_EU/WF:wf_copy", "OPEN_EU")]
    [InlineData("s_m_copy", "DEMO_EU/wf_copy", "OPEN_EU")]
    [InlineData("DEMO/WF:wf_copy/ST:s_m_copy", null, "OPEN")]
    [InlineData("demo/wf:WF_COPY/st:S_M_COPY", null, "OPEN")]
    [InlineData("DEMO/WF:wf_copy/WL:wl_more/ST:s_m_copy", null, "MORE")]
    [InlineData("WF:wf_copy/WL:wl_more/ST:s_m_copy", null, "MORE")]
    [InlineData("wl_more/s_m_copy", null, "MORE")]
    [InlineData("DEMO/wl_more/s_m_copy", null, "MORE")]
    public void Params_takes_the_object_path_and_a_folder_qualifier(string session, string? workflow, string status)
    {
        string[] args = ["params", TwoFolders, "--session", session, "--param-file", Params, .. workflow is null ? Array.Empty<string>() : ["--workflow", workflow]];
        var (exit, stdout, stderr) = CliRunner.Run(args);

        Assert.True(exit == 0, stderr);
        Assert.Contains($"$$STATUS = '{status}' [session]", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_name_that_runs_in_several_places_lists_their_object_paths()
    {
        var (exit, _, stderr) = CliRunner.Run("params", TwoFolders, "--session", "s_m_copy");

        Assert.Equal(2, exit);
        Assert.Equal(
            "i2s: session 's_m_copy' runs in several places (DEMO/WF:wf_copy/ST:s_m_copy, DEMO/WF:wf_copy/WL:wl_more/ST:s_m_copy, DEMO_EU/WF:wf_copy/ST:s_m_copy); name it by its object path as listed\n",
            stderr);
    }

    [Fact]
    public void The_same_object_path_in_two_exports_names_each_export()
    {
        var (exit, _, stderr) = CliRunner.Run("params", TwoFolders, "testdata/naming/demo_again.xml", "--session", "DEMO/WF:wf_copy/ST:s_m_copy");

        Assert.Equal(2, exit);
        Assert.Contains("DEMO/WF:wf_copy/ST:s_m_copy in testdata/naming/demo_again.xml, DEMO/WF:wf_copy/ST:s_m_copy in testdata/naming/two_folders.xml", stderr, StringComparison.Ordinal);
        Assert.Contains("give only the export that holds the one you mean", stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("DEMO//ST:s")]
    [InlineData("DEMO/ST:s/WF:wf")]
    [InlineData("DEMO/WF:a/WF:b/ST:s")]
    public void A_malformed_session_name_is_a_usage_error(string session)
    {
        var (exit, _, stderr) = CliRunner.Run("params", TwoFolders, "--session", session);

        Assert.Equal(2, exit);
        Assert.StartsWith($"i2s: --session '{session}': ", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Convert_selects_exactly_the_object_path_and_the_manifest_records_each_input()
    {
        using var output = ConvertOutput.Run(TwoFolders, "testdata/naming/demo_again.xml", TwoFolders, "--session", "DEMO/WF:wf_copy/ST:s_m_copy");

        var sessions = Sessions(output);
        Assert.Equal(
            [("testdata/naming/demo_again.xml", "DEMO/WF:wf_copy/ST:s_m_copy"), ("testdata/naming/two_folders.xml", "DEMO/WF:wf_copy/ST:s_m_copy")],
            sessions.Select(s => (s.Input, s.ObjectPath)).Order());
        Assert.Equal(sessions.Count, sessions.Select(s => (s.Input, s.ObjectPath)).Distinct().Count());
        Assert.Contains("converted DEMO/WF:wf_copy/ST:s_m_copy (from testdata/naming/two_folders.xml) -> DEMO/wf_copy/s_m_copy~2", output.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void The_end_of_an_object_path_from_the_workflow_on_names_no_worklet()
    {
        // WF:wf_copy/ST:s_m_copy ends DEMO/WF:wf_copy/ST:s_m_copy and DEMO_EU/WF:wf_copy/ST:s_m_copy, not
        // DEMO/WF:wf_copy/WL:wl_more/ST:s_m_copy, whose end from the workflow on names the worklet; WL:wl_more/ST:s_m_copy does.
        using var direct = ConvertOutput.Run(TwoFolders, "--session", "WF:wf_copy/ST:s_m_copy");
        Assert.Equal(["DEMO/WF:wf_copy/ST:s_m_copy", "DEMO_EU/WF:wf_copy/ST:s_m_copy"], Sessions(direct).Select(s => s.ObjectPath).Order(StringComparer.Ordinal));

        using var nested = ConvertOutput.Run(TwoFolders, "--session", "WL:wl_more/ST:s_m_copy");
        Assert.Equal(["DEMO/WF:wf_copy/WL:wl_more/ST:s_m_copy"], Sessions(nested).Select(s => s.ObjectPath));
    }

    [Fact]
    public void Convert_with_a_workflow_of_one_folder_converts_only_that_folder()
    {
        using var output = ConvertOutput.Run(TwoFolders, "--workflow", "DEMO_EU/WF:wf_copy");

        Assert.Equal(["DEMO_EU/WF:wf_copy/ST:s_m_copy"], Sessions(output).Select(s => s.ObjectPath));
    }

    [Fact]
    public void A_selector_that_selects_nothing_is_a_usage_error_and_writes_nothing()
    {
        var output = Path.Combine(Path.GetTempPath(), "i2s-naming-" + Guid.NewGuid().ToString("N"));
        var (exit, stdout, stderr) = CliRunner.Run("convert", TwoFolders, "--session", "DEMO/WF:wf_copy/ST:s_nope", "--out", output);

        Assert.Equal(2, exit);
        Assert.Empty(stdout);
        Assert.Equal("i2s: --session 'DEMO/WF:wf_copy/ST:s_nope' selects no session of the given exports; nothing was written\n", stderr);
        Assert.False(Directory.Exists(output));
    }

    private static List<(string Input, string ObjectPath)> Sessions(ConvertOutput output)
    {
        using var manifest = JsonDocument.Parse(output.Files()["i2s-manifest.json"]);
        return [.. manifest.RootElement.GetProperty("sessions").EnumerateArray()
            .Select(s => (s.GetProperty("input").GetString()!, s.GetProperty("objectPath").GetString()!))];
    }
}
