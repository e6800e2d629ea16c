using System.Diagnostics;
using System.Text.Json;
using Informatica2Spark.Core.Emit.Orchestration;
using Informatica2Spark.Core.Emit.Templates;
using Informatica2Spark.Runtime.Tests.Support;
using Xunit;

namespace Informatica2Spark.Runtime.Tests.Orchestration;

/// <summary>
/// The generated <c>i2s_task_state.py</c>, run with python3 against a SQLite store that drivers wrote through the
/// run-state library: it returns the task variables each orchestrated session published (WBG, Workflow Variables:
/// predefined task variables), NOTSTARTED for a session with no row under the run.
/// </summary>
public sealed class TaskStateModuleTests : IDisposable
{
    private const string Loaded = "SALES/WF:wf_daily/ST:s_load_orders";
    private const string Failing = "SALES/WF:wf_daily/ST:s_load_lines";
    private const string Orchestration = "scheduled__2026-12-01T00:00:00+00:00";
    private readonly TestStore store = TestStore.Sqlite();
    private readonly string folder = Directory.CreateTempSubdirectory("i2s-task-state-").FullName;

    public void Dispose()
    {
        store.Dispose();
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public void Task_state_reads_what_the_drivers_published()
    {
        Run(Loaded, fail: false);
        Run(Failing, fail: true);
        var path = store.Options.Location!;

        var states = Python($$"""
            import json, i2s_task_state
            print(json.dumps([i2s_task_state.task_state(job, "{{Orchestration}}") for job in ["{{Loaded}}", "{{Failing}}", "SALES/WF:wf_daily/ST:s_never"]]))
            """, ("I2S_STATE_URL", "sqlite:///" + path));

        using var reader = store.Options.Open(SecretReferences.Resolve);
        foreach (var (job, state) in new[] { Loaded, Failing }.Zip(states.RootElement.EnumerateArray()))
        {
            var expected = reader.LoadTaskState(job, Orchestration)!;
            Assert.Equal(expected.Status, state.GetProperty("Status").GetString());
            Assert.Equal(expected.SrcSuccessRows, state.GetProperty("SrcSuccessRows").GetInt64());
            Assert.Equal(expected.SrcFailedRows, state.GetProperty("SrcFailedRows").GetInt64());
            Assert.Equal(expected.TgtSuccessRows, state.GetProperty("TgtSuccessRows").GetInt64());
            Assert.Equal(expected.TgtFailedRows, state.GetProperty("TgtFailedRows").GetInt64());
            Assert.Equal(expected.TotalTransErrors, state.GetProperty("TotalTransErrors").GetInt64());
            Assert.Equal(expected.ErrorCode, state.GetProperty("ErrorCode").GetInt32());
            Assert.Equal(expected.ErrorMsg, state.GetProperty("ErrorMsg").GetString());
            Assert.Equal(expected.StartTime.ToString("yyyy-MM-dd HH:mm:ss"), state.GetProperty("StartTime").GetString());
            Assert.Equal(expected.EndTime!.Value.ToString("yyyy-MM-dd HH:mm:ss"), state.GetProperty("EndTime").GetString());
        }

        var loaded = states.RootElement[0];
        Assert.Equal(("SUCCEEDED", 300L, 298L, 2L), (loaded.GetProperty("Status").GetString(), loaded.GetProperty("SrcSuccessRows").GetInt64(),
            loaded.GetProperty("TgtSuccessRows").GetInt64(), loaded.GetProperty("TgtFailedRows").GetInt64()));
        Assert.Equal(("FAILED", 1, "target ORDER_LINES rejected the load"), (states.RootElement[1].GetProperty("Status").GetString(),
            states.RootElement[1].GetProperty("ErrorCode").GetInt32(), states.RootElement[1].GetProperty("ErrorMsg").GetString()));
        var never = states.RootElement[2];
        Assert.Equal(("NOTSTARTED", 0L, JsonValueKind.Null), (never.GetProperty("Status").GetString(), never.GetProperty("TgtSuccessRows").GetInt64(),
            never.GetProperty("StartTime").ValueKind));
    }

    /// <summary>The drivers' catalog reference holds an Npgsql connection string; the module turns it into psycopg2's arguments.</summary>
    [Fact]
    public void An_npgsql_connection_string_becomes_psycopg2_arguments()
    {
        var arguments = Python("""
            import json, i2s_task_state
            text = "Host=db.internal;Port=5433;Database=etl;Username=i2s;Password=p;SSL Mode=Require;Search Path=etl_state"
            print(json.dumps([i2s_task_state._is_npgsql(text), i2s_task_state._npgsql_arguments(text), i2s_task_state._is_npgsql("postgresql://i2s@db/etl")]))
            """);

        Assert.Equal(
            """[true, {"host": "db.internal", "port": "5433", "dbname": "etl", "user": "i2s", "password": "p", "sslmode": "Require", "options": "-c search_path=etl_state"}, false]""",
            arguments.RootElement.GetRawText());
    }

    /// <summary>
    /// The Databricks task script publishes what the driver wrote (a session), NOTSTARTED for an excluded task, and
    /// fails the workflow's status task when a task with "Fail parent if this task fails" failed (WBG: Workflow Tasks).
    /// </summary>
    [Fact]
    public void The_databricks_task_script_publishes_task_values_and_decides_the_status()
    {
        Run(Loaded, fail: false);
        var values = Path.Combine(folder, "values.json");
        var url = ("I2S_STATE_URL", "sqlite:///" + store.Options.Location!);

        Assert.Equal(0, Script(["state", "--result", "success", "--job", Loaded, "--prev", "SUCCEEDED", "--orchestration-run-id", Orchestration], url, ("I2S_TASK_VALUES_FILE", values)));
        using (var published = JsonDocument.Parse(File.ReadAllText(values)))
        {
            Assert.Equal(("SUCCEEDED", 298, "SUCCEEDED"), (published.RootElement.GetProperty("Status").GetString(),
                published.RootElement.GetProperty("TgtSuccessRows").GetInt32(), published.RootElement.GetProperty("PrevTaskStatus").GetString()));
        }

        Assert.Equal(0, Script(["state", "--result", "excluded", "--job", Failing, "--orchestration-run-id", Orchestration], url, ("I2S_TASK_VALUES_FILE", values)));
        Assert.Contains("\"Status\": \"NOTSTARTED\"", File.ReadAllText(values), StringComparison.Ordinal);
        Assert.Equal(1, Script(["end", "--fail-if-failed", "s_load", "FAILED", "--orchestration-run-id", Orchestration], url));
        Assert.Equal(0, Script(["end", "--fail-if-failed", "s_load", "SUCCEEDED", "--orchestration-run-id", Orchestration], url));
        Assert.Equal(1, Script(["command", "--fail-if-any", "--", "true", "false", "--orchestration-run-id", Orchestration], url));
    }

    [Fact]
    public void Without_a_store_the_module_says_which_variable_to_set()
    {
        var result = Python("""
            import json, i2s_task_state
            try:
                i2s_task_state.task_state("S", "1")
            except i2s_task_state.TaskStateError as error:
                print(json.dumps(str(error)))
            """, ("I2S_STATE_URL", string.Empty));

        Assert.StartsWith("I2S_STATE_URL is not set", result.RootElement.GetString(), StringComparison.Ordinal);
    }

    private void Run(string session, bool fail)
    {
        var options = store.Run(session, RecoveryStrategy.FailTaskAndContinueWorkflow) with { OrchestrationRunId = Orchestration };
        using var context = SessionContext.Start(options);
        context.RunStep("TGT:ORDERS", () => new StepResult(300, 298, 2));
        if (fail)
        {
            context.Fail("target ORDER_LINES rejected the load");
        }
        else
        {
            context.Complete();
        }
    }

    private int Script(IEnumerable<string> arguments, params (string Name, string Value)[] environment)
    {
        var templates = TemplateSet.Create();
        foreach (var file in new DatabricksTarget().EmitShared(templates))
        {
            File.WriteAllBytes(Path.Combine(folder, Path.GetFileName(file.RelativePath)), file.Content);
        }

        var start = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = folder };
        start.ArgumentList.Add(Path.Combine(folder, "i2s_databricks_task.py"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["PYTHONPATH"] = folder;
        start.Environment["PYTHONDONTWRITEBYTECODE"] = "1";
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEnd();
        process.WaitForExit();
        _ = output.Result;
        return process.ExitCode;
    }

    private JsonDocument Python(string script, params (string Name, string Value)[] environment)
    {
        var module = TaskStateModule.Emit(TemplateSet.Create());
        File.WriteAllBytes(Path.Combine(folder, TaskStateModule.FileName), module.Content);
        var start = new ProcessStartInfo("python3") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = folder };
        start.ArgumentList.Add("-");
        start.Environment["PYTHONPATH"] = folder;
        start.Environment["PYTHONDONTWRITEBYTECODE"] = "1";
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        process.StandardInput.Write(script);
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, error);
        return JsonDocument.Parse(output.Result);
    }
}
