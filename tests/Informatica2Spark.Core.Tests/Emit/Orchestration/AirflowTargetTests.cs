using System.Diagnostics;
using System.Text.Json;
using Informatica2Spark.Core.Emit.Orchestration;
using Informatica2Spark.Core.Emit.Templates;
using Informatica2Spark.Core.Parsing;
using Informatica2Spark.Core.Tests.Workflows;
using Informatica2Spark.Core.Workflows;
using Informatica2Spark.Testing;
using Xunit;

namespace Informatica2Spark.Core.Tests.Emit.Orchestration;

/// <summary>
/// The Airflow target: snapshots of the DAG and workflow.yaml of each testdata workflow, Python's py_compile and an
/// ast structural check on every DAG (testdata and corpus), and for each behaviour case the run order an Airflow 2
/// semantics interpreter (Airflow/dag_sim.py) computes over the generated DAG, which must be PowerCenter's.
/// </summary>
public sealed class AirflowTargetTests
{
    private static readonly TemplateSet Templates = TemplateSet.Create();

    private static string Scripts => Path.Combine(RepositoryPaths.Root, "tests", "Informatica2Spark.Core.Tests", "Emit", "Orchestration", "Airflow");

    public static TheoryData<string> Workflows => [.. WorkflowCases.Folder.Workflows.Select(w => w.Name)];

    private static OrchestrationInput Input(string workflow) => new(WorkflowCases.Plan(workflow), $"WF_CASES/{workflow}");

    [Fact]
    public void The_helpers_every_dag_imports_are_written_once_and_compile()
    {
        var target = new AirflowTarget();
        var files = target.EmitShared(Templates);

        Assert.Equal([AirflowTarget.SharedModule, TaskStateModule.Path], files.Select(f => f.RelativePath));
        using var directory = new TempDirectory();
        foreach (var file in files)
        {
            var path = Path.Combine(directory.Path, Path.GetFileName(file.RelativePath));
            File.WriteAllBytes(path, file.Content);
            Assert.Equal(0, Python("-m", ["py_compile", path]).Exit);
        }

        // Every i2s module a DAG or a helper imports is one of the files written beside them, so a DAG never fails
        // with ModuleNotFoundError on the first condition it evaluates.
        var written = files.Select(f => Path.GetFileNameWithoutExtension(f.RelativePath)).ToHashSet(StringComparer.Ordinal);
        var dags = WorkflowCases.Folder.Workflows.SelectMany(w => target.Emit(Input(w.Name), Templates));
        var imported = files.Concat(dags)
            .SelectMany(f => System.Text.RegularExpressions.Regex.Matches(System.Text.Encoding.UTF8.GetString(f.Content), @"(?m)^\s*from (i2s_\w+) import").Select(m => m.Groups[1].Value))
            .ToHashSet(StringComparer.Ordinal);
        Assert.Contains("i2s_task_state", imported);
        Assert.Subset(written, imported);
        Snapshot.Verify(System.Text.Encoding.UTF8.GetString(files[0].Content), "py");
    }

    [Theory]
    [MemberData(nameof(Workflows))]
    public void Each_workflow_renders_its_plan_and_its_dag(string workflow)
    {
        var input = Input(workflow);
        var files = new[] { WorkflowYaml.Emit(input) }.Concat(new AirflowTarget().Emit(input, Templates))
            .ToDictionary(f => f.RelativePath[(input.Directory.Length + 1)..], f => System.Text.Encoding.UTF8.GetString(f.Content));

        Snapshot.VerifyFiles(files, $"workflow={workflow}");
    }

    [Fact]
    public void Every_testdata_dag_compiles_and_passes_the_structural_check()
    {
        using var directory = new TempDirectory();
        var paths = WorkflowCases.Folder.Workflows.Select(w => Write(directory, Input(w.Name))).ToList();

        var (exit, output) = Python(Path.Combine(Scripts, "dag_check.py"), paths);

        Assert.True(exit == 0, output);
    }

    [CorpusFact]
    public void Every_corpus_dag_compiles_and_passes_the_structural_check()
    {
        using var directory = new TempDirectory();
        var paths = new List<string>();
        foreach (var file in RepositoryPaths.CorpusExports)
        {
            using var stream = File.OpenRead(file);
            var document = ExportReader.ReadDocument(stream, Path.GetFileName(file)).Document!;
            foreach (var folder in document.Folders)
            {
                paths.AddRange(folder.Workflows.Select(w =>
                    Write(directory, new OrchestrationInput(WorkflowPlanBuilder.Build(folder, w, p => "jobs/" + p), $"{Path.GetFileNameWithoutExtension(file)}/{folder.Name}/{w.Name}"))));
            }
        }

        var (exit, output) = Python(Path.Combine(Scripts, "dag_check.py"), paths);

        Assert.True(paths.Count > 0);
        Assert.True(exit == 0, output);
    }

    [Fact]
    public void The_structural_check_finds_what_it_checks()
    {
        using var directory = new TempDirectory();
        var path = Path.Combine(directory.Path, "broken_dag.py");
        File.WriteAllText(path, """
            from airflow import DAG
            from airflow.operators.dummy import DummyOperator
            from airflow.operators.empty import EmptyOperator
            with DAG(dag_id="d") as dag:
                a = EmptyOperator(task_id="a")
                b = EmptyOperator(task_id="a")
                a >> c
            """);

        var (exit, output) = Python(Path.Combine(Scripts, "dag_check.py"), [path]);

        Assert.Equal(1, exit);
        Assert.Contains("DummyOperator is not imported from an Airflow 2 module path", output);
        Assert.Contains("task id a is defined twice", output);
        Assert.Contains("a dependency joins an undefined task", output);
    }

    /// <summary>
    /// Airflow 2 (DAGs: Trigger Rules; ShortCircuitOperator) runs the generated DAG in PowerCenter's order: the same
    /// tasks run, in the same order, and the DAG run ends with the workflow's status (cases in WorkflowBehaviours).
    /// </summary>
    [Theory]
    [MemberData(nameof(WorkflowBehaviours.Cases), MemberType = typeof(WorkflowBehaviours))]
    public void Airflow_runs_each_behaviour_in_PowerCenters_order(WorkflowBehaviour behaviour)
    {
        using var directory = new TempDirectory();
        var plan = WorkflowCases.Plan(behaviour.Workflow);
        var dag = Write(directory, new OrchestrationInput(plan, $"WF_CASES/{behaviour.Workflow}"));
        var outcomes = Path.Combine(directory.Path, "outcomes.json");
        File.WriteAllText(outcomes, JsonSerializer.Serialize(Outcomes(plan, string.Empty, behaviour.Outcomes)));

        var (exit, output) = Python(Path.Combine(Scripts, "dag_sim.py"), [dag, outcomes]);

        Assert.True(exit == 0, output);
        using var result = JsonDocument.Parse(output);
        Assert.Equal(behaviour.RunOrder, result.RootElement.GetProperty("run_order").EnumerateArray().Select(e => e.GetString()!));
        Assert.Equal(WorkflowExpressions.Word(behaviour.Status), result.RootElement.GetProperty("status").GetString());
        // PowerCenter's reference agrees (WorkflowSemanticsTests checks the same cases).
        Assert.Equal(behaviour.RunOrder, WorkflowSemantics.Run(plan, behaviour.Outcomes).RunOrder);
    }

    /// <summary>The outcomes as the interpreter reads them: Airflow task states by task id, and the store's task variables by session object path.</summary>
    private static Dictionary<string, Dictionary<string, object>> Outcomes(WorkflowPlan plan, string prefix, IReadOnlyDictionary<string, TaskOutcome> given)
    {
        var result = new Dictionary<string, Dictionary<string, object>> { ["tasks"] = [], ["sessions"] = [] };
        Collect(plan, prefix);
        return result;

        void Collect(WorkflowPlan scope, string path)
        {
            foreach (var task in scope.Tasks)
            {
                var outcome = given.GetValueOrDefault(path + task.Name);
                if (outcome is not null && outcome.Status != TaskRunStatus.Succeeded)
                {
                    result["tasks"][(path + task.Name).Replace('/', '.')] = "failed";
                }

                if (task.Action is SessionAction session)
                {
                    var o = outcome ?? TaskOutcome.Of(TaskRunStatus.Succeeded);
                    result["sessions"][session.ObjectPath] = new Dictionary<string, object?>
                    {
                        ["Status"] = WorkflowExpressions.Word(o.Status), ["SrcSuccessRows"] = o.SrcSuccessRows, ["SrcFailedRows"] = o.SrcFailedRows,
                        ["TgtSuccessRows"] = o.TgtSuccessRows, ["TgtFailedRows"] = o.TgtFailedRows, ["TotalTransErrors"] = o.TotalTransErrors,
                        ["ErrorCode"] = o.ErrorCode, ["ErrorMsg"] = o.ErrorMessage,
                    };
                }
                else if (task.Action is WorkletAction worklet)
                {
                    Collect(worklet.Plan, path + task.Name + "/");
                }
            }
        }
    }

    /// <summary>Writes the DAG of <paramref name="input"/> and the helpers it imports; returns the DAG's path.</summary>
    private static string Write(TempDirectory directory, OrchestrationInput input)
    {
        var target = new AirflowTarget();
        foreach (var file in target.EmitShared(Templates).Concat(target.Emit(input, Templates)))
        {
            var path = Path.Combine(directory.Path, file.RelativePath);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, file.Content);
        }

        return Path.Combine(directory.Path, input.Directory, AirflowTarget.FileName);
    }

    private static (int Exit, string Output) Python(string script, IReadOnlyList<string> arguments)
    {
        var start = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(script);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stdout.Result + stderr);
    }

    private sealed class TempDirectory : IDisposable
    {
        public string Path { get; } = Directory.CreateTempSubdirectory("i2s-airflow-").FullName;

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }
}
