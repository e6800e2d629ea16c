using Informatica2Spark.Core.Emit.Spark;
using Informatica2Spark.Core.Emit.Templates;

namespace Informatica2Spark.Core.Emit.Orchestration;

/// <summary>
/// The Python module orchestrators read session task variables with (<c>task_state(job, orchestration_run_id)</c>,
/// docs/run-state.md "Task variables for orchestrators"), written once per output directory under
/// <c>_orchestration/</c> from the template <c>i2s_task_state.py.hbs</c> when a workflow is converted for an
/// orchestrator: Airflow's branch callables and the Databricks publisher task import it.
/// </summary>
public static class TaskStateModule
{
    public const string Directory = "_orchestration";

    public const string FileName = "i2s_task_state.py";

    /// <summary>The module's path relative to the output directory.</summary>
    public const string Path = Directory + "/" + FileName;

    public const string Template = FileName + ".hbs";

    /// <summary>The module rendered with <paramref name="templates"/> (the embedded template, or its override).</summary>
    /// <exception cref="TemplateException">The template override does not render.</exception>
    public static OutputFile Emit(TemplateSet templates) => templates.Render(Path, Template, new TaskStateModuleView());
}

/// <summary>What <c>i2s_task_state.py.hbs</c> reads: the tool that wrote it.</summary>
public sealed record TaskStateModuleView
{
    public ToolView Tool { get; } = ToolView.Current;
}
