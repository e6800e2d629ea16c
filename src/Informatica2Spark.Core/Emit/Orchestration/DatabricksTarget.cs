using Informatica2Spark.Core.Emit.Templates;

namespace Informatica2Spark.Core.Emit.Orchestration;

/// <summary>
/// <c>--orchestrator databricks</c>: per workflow, <c>databricks-job.json</c> (the Jobs API 2.1 <c>jobs/create</c>
/// request body, <see cref="DatabricksJobBuilder"/>) and <c>databricks-init.sh</c> (the job cluster's init script that
/// installs the .NET runtime and Microsoft.Spark.Worker); once per output, <c>_orchestration/i2s_task_state.py</c> and
/// <c>_orchestration/i2s_databricks_task.py</c> (the publisher, command and status task script). Templates:
/// <c>databricks-job.json.hbs</c>, <c>databricks-init.sh.hbs</c>, <c>i2s_databricks_task.py.hbs</c>.
/// </summary>
public sealed class DatabricksTarget : IOrchestratorTarget
{
    public const string JobFile = "databricks-job.json";

    public const string InitScript = "databricks-init.sh";

    public string Name => "databricks";

    public string Description => "a Databricks Jobs (API 2.1) JSON per workflow, its cluster init script, and the task script that publishes task variables";

    public IReadOnlyList<OutputFile> Emit(OrchestrationInput input, TemplateSet templates)
    {
        var job = DatabricksJobBuilder.Build(input);
        return
        [
            templates.Render($"{input.Directory}/{JobFile}", JobFile + ".hbs", job),
            templates.Render($"{input.Directory}/{InitScript}", InitScript + ".hbs", new DatabricksInitView(input.Settings.Platform.DotnetSparkVersion)),
        ];
    }

    public IReadOnlyList<OutputFile> EmitShared(TemplateSet templates) =>
    [
        TaskStateModule.Emit(templates),
        templates.Render(DatabricksJobBuilder.TaskScript, "i2s_databricks_task.py.hbs", new TaskStateModuleView()),
    ];
}

/// <summary>What <c>databricks-init.sh.hbs</c> reads: the Microsoft.Spark.Worker release to install.</summary>
public sealed record DatabricksInitView(string WorkerVersion)
{
    public Spark.ToolView Tool { get; } = Spark.ToolView.Current;
}
