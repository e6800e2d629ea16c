using System.Text.Json;
using Informatica2Spark.Cli.Input;
using Informatica2Spark.Cli.Workspace;
using Informatica2Spark.Core.Emit.Templates;
using Informatica2Spark.Runtime;
using Informatica2Spark.Testing;
using Xunit;

namespace Informatica2Spark.Cli.Tests.Commands;

/// <summary>
/// A migration workspace (docs/workspace.md): <c>i2s init</c> lays it out, every command reads its <c>i2s.yaml</c> from
/// the working directory upwards with the command line winning, and <c>i2s status</c> reports conversions and runs.
/// </summary>
public sealed class WorkspaceTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "i2s-workspace-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    [Fact]
    public void Init_creates_the_workspace_tree_and_every_file_loads()
    {
        var (exit, stdout, stderr) = CliRunner.Run("init", _root);

        Assert.True(exit == 0, stderr);
        Assert.Contains("workspace ready", stdout, StringComparison.Ordinal);
        Assert.All(WorkspaceLayout.Directories, d => Assert.True(Directory.Exists(Path.Combine(_root, d)), d));

        var (settings, problem) = WorkspaceSettings.Load(Path.Combine(_root, "i2s.yaml"));
        Assert.Null(problem);
        Assert.Equal([Path.Combine(_root, "exports")], settings!.Exports);
        Assert.Equal(Path.Combine(_root, "out"), settings.Out);
        Assert.Equal(Path.Combine(_root, "params"), settings.ParamDir);
        Assert.Equal(Path.Combine(_root, "templates"), settings.Templates);
        Assert.Equal("medium", settings.Cluster);
        Assert.Equal(Core.Conversion.SparkPlatforms.DefaultSparkVersion, settings.SparkVersion);
        Assert.Equal("none", settings.Orchestrator);
        Assert.Equal("sqlite", settings.State.Store);
        Assert.Equal(Path.Combine(_root, "state", "i2s-state.db"), settings.State.Path);

        // The example catalog is the format of docs/connections.md and loads without a finding.
        var (catalog, findings) = CatalogLoader.Read(new FileInfo(Path.Combine(_root, "connections.yaml")));
        Assert.NotNull(catalog);
        Assert.Empty(findings);

        // The built-in templates, copied to be overridden by file name.
        Assert.All(TemplateSet.EmbeddedNames, name => Assert.Equal(TemplateSet.Embedded(name), File.ReadAllText(Path.Combine(_root, "templates", name))));

        // The run-state store exists with its tables: reading a session's history works and finds nothing.
        using var store = new SqliteStore(Path.Combine(_root, "state", "i2s-state.db"));
        Assert.Empty(store.History("FOLDER/WF:wf/ST:s"));
    }

    [Fact]
    public void Init_refuses_to_replace_an_existing_settings_file_without_force()
    {
        Assert.Equal(0, CliRunner.Run("init", _root).Exit);
        var settings = Path.Combine(_root, "i2s.yaml");
        File.WriteAllText(settings, "out: mine\n");

        var (exit, _, stderr) = CliRunner.Run("init", _root);
        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("exists; nothing was changed (use --force", stderr, StringComparison.Ordinal);
        Assert.Equal("out: mine\n", File.ReadAllText(settings));

        Assert.Equal(0, CliRunner.Run("init", _root, "--force").Exit);
        Assert.Contains("out: out", File.ReadAllText(settings), StringComparison.Ordinal);
    }

    [Fact]
    public void Init_of_a_path_that_is_a_file_is_a_one_line_usage_error()
    {
        Directory.CreateDirectory(_root);
        var file = Path.Combine(_root, "afile");
        File.WriteAllText(file, "x");

        var (exit, _, stderr) = CliRunner.Run("init", file);
        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Equal($"i2s: {file} is a file; init needs a directory (existing or new) for the workspace", stderr.Trim());
        Assert.Equal("x", File.ReadAllText(file));
    }

    [Fact]
    public void Convert_to_an_out_path_that_is_a_file_is_refused_before_converting()
    {
        Directory.CreateDirectory(_root);
        var file = Path.Combine(_root, "afile");
        File.WriteAllText(file, "x");

        var (exit, stdout, stderr) = CliRunner.Run("convert", _root, "--out", file);
        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Equal($"i2s: {file} is a file; --out needs a directory (existing or new); nothing was converted", stderr.Trim());
        Assert.Equal("", stdout);
        Assert.Equal("x", File.ReadAllText(file));
    }

    [Fact]
    public void Settings_are_found_from_a_directory_below_and_the_command_line_wins()
    {
        Directory.CreateDirectory(Path.Combine(_root, "exports", "wave1"));
        File.Copy(Path.Combine(RepositoryPaths.Root, "testdata/exports/direct_loads.xml"), Path.Combine(_root, "exports", "wave1", "direct_loads.xml"));
        File.WriteAllText(Path.Combine(_root, "i2s.yaml"), "exports: exports\nout: generated\nspark-version: \"3.3\"\n");
        var below = new CliHooks { WorkingDirectory = Path.Combine(_root, "exports", "wave1") };

        var fromBelow = CliRunner.Run(below, "convert");
        Assert.True(fromBelow.Exit is 0 or 1, fromBelow.Stderr);
        var job = File.ReadAllText(Path.Combine(_root, "generated", "FINANCE", "wf_finance", "s_m_load_gl", "job.yaml"));
        Assert.Contains("version: \"3.3\"", job, StringComparison.Ordinal);

        // Inputs are recorded relative to the workspace, wherever i2s runs from.
        Assert.Equal("exports/wave1/direct_loads.xml", Manifest(Path.Combine(_root, "generated")).GetProperty("inputs")[0].GetProperty("path").GetString());

        var other = Path.Combine(_root, "other");
        var overridden = CliRunner.Run(below, "convert", "--out", other, "--spark-version", "3.5");
        Assert.True(overridden.Exit is 0 or 1, overridden.Stderr);
        Assert.Contains("version: \"3.5\"", File.ReadAllText(Path.Combine(other, "FINANCE", "wf_finance", "s_m_load_gl", "job.yaml")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("exports:\n  - exports\nbogus: 1\n", ":3:1: unknown key 'bogus'")]
    [InlineData("out: \"unclosed\n", ":1:6: not valid YAML")]
    [InlineData("exports: {a: 1}\n", ":1:10: expected a path or a list of paths")]
    [InlineData("max-parallel: lots\n", ":1:15: a value of the wrong type")]
    public void A_bad_settings_file_is_a_one_line_error_with_its_place(string yaml, string expected)
    {
        Directory.CreateDirectory(_root);
        var file = Path.Combine(_root, "i2s.yaml");
        File.WriteAllText(file, yaml);

        var (exit, stdout, stderr) = CliRunner.Run(new CliHooks { WorkingDirectory = _root }, "convert");

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Empty(stdout);
        Assert.Equal($"i2s: {file}{expected}", stderr.TrimEnd('\n').Split('\n').Single()[..($"i2s: {file}".Length + expected.Length)]);
    }

    [Fact]
    public void Init_then_convert_then_status_follows_conversions_changes_and_runs()
    {
        Assert.Equal(0, CliRunner.Run("init", _root).Exit);
        foreach (var export in new[] { "sales_orders.xml", "direct_loads.xml" })
        {
            File.Copy(Path.Combine(RepositoryPaths.Root, "testdata/exports", export), Path.Combine(_root, "exports", export));
        }

        var inWorkspace = new CliHooks { WorkingDirectory = _root };
        var converted = CliRunner.Run(inWorkspace, "convert");
        Assert.True(converted.Exit is 0 or 1, converted.Stderr);
        var manifest = Manifest(Path.Combine(_root, "out"));
        var sessions = manifest.GetProperty("sessions").EnumerateArray().Select(s => s.GetProperty("objectPath").GetString()!).Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(sessions);

        // Every job records its runs in the workspace's store: job.yaml names it relative to the job's directory,
        // where submit.sh starts the driver.
        foreach (var directory in manifest.GetProperty("sessions").EnumerateArray().Select(s => Path.Combine(_root, "out", s.GetProperty("dir").GetString()!)))
        {
            var statePath = System.Text.RegularExpressions.Regex.Match(File.ReadAllText(Path.Combine(directory, "job.yaml")), @"\n  path: (.+)\n").Groups[1].Value.Trim('"');
            Assert.Equal(Path.Combine(_root, "state", "i2s-state.db"), Path.GetFullPath(Path.Combine(directory, statePath)));
        }

        var fresh = Status(inWorkspace);
        Assert.Equal("out/i2s-manifest.json", fresh.GetProperty("manifest").GetString());
        Assert.Equal(sessions, fresh.GetProperty("sessions").EnumerateArray().Select(s => s.GetProperty("objectPath").GetString()!));
        Assert.All(fresh.GetProperty("sessions").EnumerateArray(), s => Assert.Equal(s.GetProperty("conversion").GetString(), s.GetProperty("status").GetString()));
        Assert.Equal(0, fresh.GetProperty("totals").GetProperty("stale").GetInt32());

        // A run of one generated job, recorded as its driver records it (keyed by the session's object path).
        var recorded = sessions[0];
        RecordRun(Path.Combine(_root, "state", "i2s-state.db"), recorded, rowsRead: 120, rowsWritten: 118);

        // An export changed after its conversion: its sessions are stale, the others are not.
        File.AppendAllText(Path.Combine(_root, "exports", "direct_loads.xml"), "\n<!-- edited -->\n");
        var later = Status(inWorkspace);
        foreach (var session in later.GetProperty("sessions").EnumerateArray())
        {
            var fromChanged = session.GetProperty("input").GetString() == "exports/direct_loads.xml";
            Assert.Equal(fromChanged ? "stale" : session.GetProperty("conversion").GetString(), session.GetProperty("status").GetString());
        }

        var run = later.GetProperty("sessions").EnumerateArray().Single(s => s.GetProperty("objectPath").GetString() == recorded).GetProperty("lastRun");
        Assert.Equal("SUCCEEDED", run.GetProperty("status").GetString());
        Assert.Equal(120, run.GetProperty("rowsRead").GetInt64());
        Assert.Equal(118, run.GetProperty("rowsWritten").GetInt64());
        Assert.Equal(1, later.GetProperty("totals").GetProperty("withRun").GetInt32());

        var text = CliRunner.Run(inWorkspace, "status");
        Assert.Equal(0, text.Exit);
        Assert.Contains(recorded, text.Stdout, StringComparison.Ordinal);
        Assert.Contains("SUCCEEDED", text.Stdout, StringComparison.Ordinal);
        Assert.Contains("stale (", text.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Status_of_a_workspace_not_converted_yet_lists_its_exports()
    {
        Assert.Equal(0, CliRunner.Run("init", _root).Exit);
        File.Copy(Path.Combine(RepositoryPaths.Root, "testdata/exports/direct_loads.xml"), Path.Combine(_root, "exports", "direct_loads.xml"));

        var status = Status(new CliHooks { WorkingDirectory = _root });

        Assert.Equal(JsonValueKind.Null, status.GetProperty("manifest").ValueKind);
        Assert.Equal(["exports/direct_loads.xml"], status.GetProperty("unconverted").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public void Status_lists_the_workflows_a_manifest_has_and_says_when_the_store_cannot_be_read()
    {
        Directory.CreateDirectory(Path.Combine(_root, "exports"));
        Directory.CreateDirectory(Path.Combine(_root, "out"));
        File.WriteAllText(Path.Combine(_root, "exports", "a.xml"), "<POWERMART/>");
        var sha = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(Path.Combine(_root, "exports", "a.xml"))));
        File.WriteAllText(Path.Combine(_root, "out", "i2s-manifest.json"), $$"""
            {
              "inputs": [{ "path": "exports/a.xml", "sha256": "{{sha}}" }, { "path": "exports/gone.xml", "sha256": "00" }],
              "sessions": [{ "input": "exports/a.xml", "objectPath": "F/WF:wf_a/ST:s_a", "dir": "F/wf_a/s_a", "status": "partial" }],
              "workflows": [
                { "input": "exports/gone.xml", "objectPath": "F/WF:wf_gone", "dir": "F/wf_gone", "status": "converted" },
                { "input": "exports/a.xml", "objectPath": "F/WF:wf_a", "dir": "F/wf_a", "status": "converted" }
              ]
            }
            """);
        File.WriteAllText(Path.Combine(_root, "i2s.yaml"), "exports: exports\nstate:\n  store: postgres\n  connection: env:I2S_TEST_NO_SUCH_VARIABLE\n");

        var (exit, stdout, stderr) = CliRunner.Run(new CliHooks { WorkingDirectory = _root }, "status", "--format", "json");

        Assert.Equal(ExitCodes.StoreUnavailable, exit);
        Assert.Contains("I2S_TEST_NO_SUCH_VARIABLE", stderr, StringComparison.Ordinal);
        var status = JsonDocument.Parse(stdout).RootElement;
        Assert.Equal("partial", status.GetProperty("sessions")[0].GetProperty("status").GetString());
        var workflows = status.GetProperty("workflows").EnumerateArray().ToList();
        Assert.Equal(["F/WF:wf_a", "F/WF:wf_gone"], workflows.Select(w => w.GetProperty("objectPath").GetString()));
        Assert.Equal(["converted", "stale"], workflows.Select(w => w.GetProperty("status").GetString()));
        Assert.Equal("exports/gone.xml is gone", workflows[1].GetProperty("reason").GetString());
    }

    private static JsonElement Status(CliHooks hooks)
    {
        var (exit, stdout, stderr) = CliRunner.Run(hooks, "status", "--format", "json");
        Assert.True(exit == 0, stderr);
        return JsonDocument.Parse(stdout).RootElement.Clone();
    }

    private static JsonElement Manifest(string outDirectory) =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(outDirectory, "i2s-manifest.json"))).RootElement.Clone();

    private static void RecordRun(string database, string session, long rowsRead, long rowsWritten)
    {
        using var store = new SqliteStore(database);
        var started = new DateTime(2026, 11, 30, 22, 0, 0, DateTimeKind.Utc);
        var ended = started.AddMinutes(3);
        var begun = store.BeginRun(new RunBeginning(session, "run-1", started, RecoveryStrategy.FailTaskAndContinueWorkflow, PersistPolicy.Off, false, "host", 1));
        store.EndRun(new RunEnding(session, "run-1", RunStatus.Succeeded, ended, null, RecordRun: true, RemoveRunState: true, [],
            new HistoryEntry("run-1", session, begun.ChainId, RunStatus.Succeeded, started, ended, 180_000, 1, 0, new StepResult(rowsRead, rowsWritten, 0), null)));
    }
}
