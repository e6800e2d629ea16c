using Informatica2Spark.Core.Model;
using Informatica2Spark.Core.Parsing;
using Informatica2Spark.Core.Workflows;
using Informatica2Spark.Testing;
using Xunit;

namespace Informatica2Spark.Core.Tests.Workflows;

/// <summary>The workflows of <c>testdata/exports/workflows_behaviours.xml</c> as plans, session jobs at <c>jobs/OBJECT_PATH</c>.</summary>
public static class WorkflowCases
{
    public const string Export = "workflows_behaviours.xml";

    private static readonly Lazy<Folder> CasesFolder = new(() =>
    {
        using var stream = File.OpenRead(Path.Combine(RepositoryPaths.TestData, "exports", Export));
        return ExportReader.ReadDocument(stream, Export).Document!.Folders.Single();
    });

    public static Folder Folder => CasesFolder.Value;

    /// <summary>The plan of a workflow of the behaviours export.</summary>
    public static WorkflowPlan Plan(string workflow) =>
        WorkflowPlanBuilder.Build(Folder, Folder.Workflows.Single(w => w.Name == workflow), path => "jobs/" + path.Replace(':', '_'));
}

/// <summary>
/// A behaviour of PowerCenter's run order: a workflow of the behaviours export, the outcomes of its tasks, and the
/// tasks PowerCenter runs, in order, with the workflow's status. Every orchestrator target is checked against these.
/// </summary>
/// <param name="Name">What the case shows.</param>
/// <param name="Workflow">The workflow.</param>
/// <param name="Outcomes">Task outcomes by path; a task not named succeeds with no rows.</param>
/// <param name="RunOrder">The tasks that run, in the order PowerCenter starts them.</param>
/// <param name="Status">The workflow's final status.</param>
public sealed record WorkflowBehaviour(string Name, string Workflow, IReadOnlyDictionary<string, TaskOutcome> Outcomes, IReadOnlyList<string> RunOrder, TaskRunStatus Status)
{
    public override string ToString() => Name;
}

/// <summary>
/// The behaviour cases. Each names the Workflow Basics Guide (WBG) or Advanced Workflow Guide (AWG) page its
/// expected run order follows.
/// </summary>
public static class WorkflowBehaviours
{
    private static Dictionary<string, TaskOutcome> Outcomes(params (string Task, TaskOutcome Outcome)[] outcomes) =>
        outcomes.ToDictionary(o => o.Task, o => o.Outcome, StringComparer.OrdinalIgnoreCase);

    private static TaskOutcome Rows(long target) => new(TaskRunStatus.Succeeded, SrcSuccessRows: target, TgtSuccessRows: target);

    public static IReadOnlyList<WorkflowBehaviour> All { get; } =
    [
        // WBG Links: the link passes when Status = SUCCEEDED and the row count is above 0; AWG Workflow Variables:
        // PrevTaskStatus of s_load is the status of s_extract, the task that ran before it.
        new("status and rows pass", "wf_status_rows", Outcomes(("s_extract", Rows(10))),
            ["Start", "s_extract", "s_load", "s_publish"], TaskRunStatus.Succeeded),
        // WBG Links: a FALSE condition stops that path: no rows loaded, nothing after s_extract runs.
        new("no rows stop the path", "wf_status_rows", Outcomes(("s_extract", Rows(0))),
            ["Start", "s_extract"], TaskRunStatus.Succeeded),
        // WBG Links, status words in any case: a failed s_extract takes the alert path; the workflow succeeds
        // because s_extract does not fail its parent.
        new("a failure takes the alert path", "wf_status_rows", Outcomes(("s_extract", TaskOutcome.Of(TaskRunStatus.Failed))),
            ["Start", "s_extract", "cmd_alert"], TaskRunStatus.Succeeded),
        // AWG Workflow Variables, ErrorCode: s_load succeeded with an error code set, so the link to s_publish fails.
        new("an error code stops the last link", "wf_status_rows", Outcomes(("s_extract", Rows(10)), ("s_load", new TaskOutcome(TaskRunStatus.Succeeded, ErrorCode: 36401))),
            ["Start", "s_extract", "s_load"], TaskRunStatus.Succeeded),
        // WBG Decision Task and Assignment Task: the assignment doubles $$THRESHOLD from 50 to 100; 150 rows are enough.
        new("decision true", "wf_decision_variables", Outcomes(("s_count", Rows(150))),
            ["Start", "asg_threshold", "s_count", "dec_enough", "s_big"], TaskRunStatus.Succeeded),
        // 80 rows pass the default 50 but not the assigned 100: the FALSE branch runs, and $$RUN_LABEL holds what the
        // assignment built from $PMWorkflowName.
        new("decision false after the assignment", "wf_decision_variables", Outcomes(("s_count", Rows(80))),
            ["Start", "asg_threshold", "s_count", "dec_enough", "s_small"], TaskRunStatus.Succeeded),
        // WBG Links, Treat Input Links As: AND needs both links, OR one; s_after_and depends only on s_and.
        new("one failure: AND stops, OR runs", "wf_any_all", Outcomes(("s_a", TaskOutcome.Of(TaskRunStatus.Failed))),
            ["Start", "s_a", "s_b", "s_or"], TaskRunStatus.Succeeded),
        new("both succeed: AND and OR run", "wf_any_all", Outcomes(),
            ["Start", "s_a", "s_b", "s_and", "s_or", "s_after_and"], TaskRunStatus.Succeeded),
        new("both fail: neither runs", "wf_any_all", Outcomes(("s_a", TaskOutcome.Of(TaskRunStatus.Failed)), ("s_b", TaskOutcome.Of(TaskRunStatus.Failed))),
            ["Start", "s_a", "s_b"], TaskRunStatus.Succeeded),
        // WBG Workflow Tasks, Disabling Tasks: the disabled task does not run; its unconditional link passes and its
        // Status = SUCCEEDED link does not (its Status is DISABLED).
        new("disabled task skipped", "wf_disabled_fail_parent", Outcomes(),
            ["Start", "s_next", "s_critical", "s_must"], TaskRunStatus.Succeeded),
        // WBG Workflow Tasks, general settings: "Fail parent if this task fails" on s_critical and "Fail parent if this
        // task does not run" on s_must both fail the workflow.
        new("fail parent flags", "wf_disabled_fail_parent", Outcomes(("s_critical", TaskOutcome.Of(TaskRunStatus.Failed))),
            ["Start", "s_next", "s_critical"], TaskRunStatus.Failed),
        // WBG Worklets: the instance gives $$WL_MODE = 'full', so cmd_check runs; the worklet succeeds, the email,
        // timer and event tasks follow; cmd_after waits for both of its links (AND).
        new("worklet succeeds", "wf_worklet_control", Outcomes(),
            ["Start", "wl_load", "wl_load/Start", "wl_load/s_inner", "wl_load/cmd_check", "eml_done", "tmr_settle", "evr_loaded", "evw_loaded", "cmd_after"],
            TaskRunStatus.Succeeded),
        // WBG Control Task: s_inner fails its worklet, the worklet's failure takes the link to the Control task, which
        // stops the top-level workflow.
        new("worklet failure stops the workflow", "wf_worklet_control", Outcomes(("wl_load/s_inner", TaskOutcome.Of(TaskRunStatus.Failed))),
            ["Start", "wl_load", "wl_load/Start", "wl_load/s_inner", "ctl_stop"], TaskRunStatus.Stopped),
    ];

    public static TheoryData<WorkflowBehaviour> Cases => [.. All];
}
