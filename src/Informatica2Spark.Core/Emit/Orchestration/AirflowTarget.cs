using Informatica2Spark.Core.Emit.Templates;

namespace Informatica2Spark.Core.Emit.Orchestration;

/// <summary>
/// <c>--orchestrator airflow</c>: one Airflow 2 DAG per workflow, <c>airflow_dag.py</c> beside its workflow.yaml,
/// rendered from <c>airflow_dag.py.hbs</c> with an <see cref="AirflowDagView"/>. Sessions run their generated
/// <c>submit.sh</c> (BashOperator) with the DAG run's id as the orchestration run id; link conditions are
/// ShortCircuitOperator gates that read the sessions' task variables from the run-state store
/// (<c>_orchestration/i2s_task_state.py</c>) and the other tasks' state from Airflow; worklets are TaskGroups.
/// docs/workflow-plan.md ("Airflow") says how PowerCenter's meaning is kept under Airflow's trigger rules and skip
/// propagation.
/// </summary>
public sealed class AirflowTarget : IOrchestratorTarget
{
    /// <summary>The DAG's file name in the workflow's directory.</summary>
    public const string FileName = "airflow_dag.py";

    public string Name => "airflow";

    public string Description => "an Airflow 2 DAG per workflow (airflow_dag.py)";

    public IReadOnlyList<OutputFile> Emit(OrchestrationInput input, TemplateSet templates) =>
        [templates.Render($"{input.Directory}/{FileName}", "airflow_dag.py.hbs", new AirflowDagModel(new AirflowDagView(input), ToolInfo.Name, ToolInfo.Version))];

    /// <summary>
    /// <c>_orchestration/i2s_airflow.py</c>, the run-time helpers every DAG imports, and beside it
    /// <c>i2s_task_state.py</c> (<see cref="TaskStateModule"/>), which those helpers import to read the sessions' task
    /// variables from the run-state store.
    /// </summary>
    public IReadOnlyList<OutputFile> EmitShared(TemplateSet templates) =>
    [
        templates.Render(SharedModule, "i2s_airflow.py.hbs", new AirflowDagModel(null, ToolInfo.Name, ToolInfo.Version)),
        TaskStateModule.Emit(templates),
    ];

    /// <summary>The helpers' path relative to the output root, beside i2s_task_state.py.</summary>
    public const string SharedModule = "_orchestration/i2s_airflow.py";
}

/// <summary>The template's model: the DAG view and the tool.</summary>
public sealed record AirflowDagModel(AirflowDagView? Dag, string ToolName, string ToolVersion);
