using Informatica2Spark.Core.Workflows;
using Xunit;
using static Informatica2Spark.Core.Tests.Emit.Orchestration.DatabricksCases;

namespace Informatica2Spark.Core.Tests.Emit.Orchestration;

/// <summary>
/// Each PowerCenter behaviour of links (Workflow Basics Guide: Links, Treat Input Links As, Disabling Tasks, Worklets,
/// Workflow Tasks "Fail parent if this task fails / does not run"; informatica.md, Workflows) run through the generated
/// Databricks job by <see cref="DatabricksInterpreter"/>: the tasks that run for given outcomes are the ones PowerCenter
/// runs, named here.
/// </summary>
public sealed class DatabricksBehaviourTests
{
    private static readonly Dictionary<string, TaskOutcome> AllSucceed = new();

    /// <summary>WBG Links: a link whose condition reads the task's Status passes only for that status.</summary>
    [Fact]
    public void A_status_condition_chooses_the_path()
    {
        var plan = Workflow("wf_status", [Start, Session("s1"), Session("s_ok"), Session("s_failed")],
        [
            Link("Start", "s1"),
            Link("s1", "s_ok", "$s1.Status = SUCCEEDED", Status("s1", TaskRunStatus.Succeeded)),
            Link("s1", "s_failed", "$s1.Status = FAILED", Status("s1", TaskRunStatus.Failed)),
        ]);

        Assert.Equal(["s1", "s_ok"], Ran(plan, AllSucceed));
        Assert.Equal(["s1", "s_failed"], Ran(plan, new() { ["s1"] = TaskOutcome.Of(TaskRunStatus.Failed) }));
    }

    /// <summary>WBG Links: a link without a condition passes whatever the status of the task before; the workflow still succeeds.</summary>
    [Fact]
    public void An_unconditional_link_runs_the_next_task_after_a_failure()
    {
        var plan = Workflow("wf_plain", [Start, Session("s1"), Session("s2")], [Link("Start", "s1"), Link("s1", "s2")]);

        var run = DatabricksInterpreter.Run(JobJson(plan), new Dictionary<string, TaskOutcome> { ["s1"] = TaskOutcome.Of(TaskRunStatus.Failed) });

        Assert.Equal(["s1", "s2"], run.Ran);
        Assert.True(run.Succeeded);
    }

    /// <summary>
    /// Row counts compare as numbers: <c>TgtSuccessRows = 12.0</c> holds for 12 rows although Databricks' EQUAL_TO
    /// compares strings; AND needs both sides.
    /// </summary>
    [Fact]
    public void Row_counts_compare_as_numbers_and_AND_needs_both_sides()
    {
        var plan = Workflow("wf_rows", [Start, Session("s1"), Session("s_loaded"), Session("s_twelve")],
        [
            Link("Start", "s1"),
            Link("s1", "s_loaded", "$s1.TgtSuccessRows > 0 AND $s1.Status = SUCCEEDED",
                And(RowsAre("s1", ComparisonOperator.Greater, 0), Status("s1", TaskRunStatus.Succeeded))),
            Link("s1", "s_twelve", "$s1.TgtSuccessRows = 12.0", RowsAre("s1", ComparisonOperator.Equal, 12.0m)),
        ]);

        Assert.Equal(["s1"], Ran(plan, AllSucceed));
        Assert.Equal(["s1", "s_loaded", "s_twelve"], Ran(plan, new() { ["s1"] = Rows(12) }));
        Assert.Equal(["s1", "s_loaded"], Ran(plan, new() { ["s1"] = Rows(120) }));
        Assert.Equal(["s1", "s_twelve"], Ran(plan, new() { ["s1"] = new TaskOutcome(TaskRunStatus.Failed, TgtSuccessRows: 12) }));
    }

    /// <summary>OR of status words, as the corpus writes failure handlers; NOT turns a condition round.</summary>
    [Fact]
    public void OR_and_NOT_conditions()
    {
        var failedOrStopped = Or(Or(Status("s1", TaskRunStatus.Failed), Status("s1", TaskRunStatus.Aborted)), Status("s1", TaskRunStatus.Stopped));
        var plan = Workflow("wf_or", [Start, Session("s1"), Session("s_alert"), Session("s_next")],
        [
            Link("Start", "s1"),
            Link("s1", "s_alert", "$s1.Status = FAILED OR $s1.Status = ABORTED OR $s1.Status = STOPPED", failedOrStopped),
            Link("s1", "s_next", "NOT ($s1.Status = FAILED)", new NotExpression(Status("s1", TaskRunStatus.Failed))),
        ]);

        Assert.Equal(["s1", "s_next"], Ran(plan, AllSucceed));
        Assert.Equal(["s1", "s_alert"], Ran(plan, new() { ["s1"] = TaskOutcome.Of(TaskRunStatus.Failed) }));
    }

    /// <summary>
    /// WBG Links: a task that does not run makes its output links fail, so what depends only on it does not run, even
    /// where Databricks would count the skipped task as a success.
    /// </summary>
    [Fact]
    public void A_task_that_did_not_run_stops_what_follows_it()
    {
        var plan = Workflow("wf_chain", [Start, Session("s1"), Session("s_fix"), Session("s_after_fix")],
        [
            Link("Start", "s1"),
            Link("s1", "s_fix", "$s1.Status = FAILED", Status("s1", TaskRunStatus.Failed)),
            Link("s_fix", "s_after_fix"),
        ]);

        Assert.Equal(["s1"], Ran(plan, AllSucceed));
        Assert.Equal(["s1", "s_after_fix", "s_fix"], Ran(plan, new() { ["s1"] = TaskOutcome.Of(TaskRunStatus.Failed) }));
    }

    /// <summary>WBG Treat Input Links As: AND needs every input link to pass, OR any one.</summary>
    [Theory]
    [InlineData(InputLinkMode.All, false)]
    [InlineData(InputLinkMode.Any, true)]
    public void Input_links_as_AND_or_OR(InputLinkMode mode, bool joinRunsWhenOneBranchFails)
    {
        var plan = Workflow("wf_join", [Start, Session("s1"), Session("s2"), Session("s_join", links: mode)],
        [
            Link("Start", "s1"),
            Link("Start", "s2"),
            Link("s1", "s_join", "$s1.Status = SUCCEEDED", Status("s1", TaskRunStatus.Succeeded)),
            Link("s2", "s_join"),
        ]);

        Assert.Equal(["s1", "s2", "s_join"], Ran(plan, AllSucceed));
        Assert.Equal(joinRunsWhenOneBranchFails ? ["s1", "s2", "s_join"] : ["s1", "s2"], Ran(plan, new() { ["s1"] = TaskOutcome.Of(TaskRunStatus.Failed) }));
    }

    /// <summary>
    /// WBG Disabling Tasks: a disabled task does not run, its Status is DISABLED; an unconditional link after it passes
    /// and a link asking for SUCCEEDED does not.
    /// </summary>
    [Fact]
    public void A_disabled_task_is_skipped_and_its_links_are_evaluated()
    {
        var plan = Workflow("wf_disabled", [Start, Session("s1", enabled: false), Session("s_plain"), Session("s_if_ok")],
        [
            Link("Start", "s1"),
            Link("s1", "s_plain"),
            Link("s1", "s_if_ok", "$s1.Status = SUCCEEDED", Status("s1", TaskRunStatus.Succeeded)),
        ]);

        Assert.Equal(["s_plain"], Ran(plan, AllSucceed));
    }

    /// <summary>WBG Workflow Tasks: "Fail parent if this task fails" and "... does not run" fail the workflow; without them it succeeds.</summary>
    [Fact]
    public void Fail_parent_flags_decide_the_workflow_status()
    {
        var plan = Workflow("wf_flags", [Start, Session("s1", failParentIfFails: true), Session("s2", failParentIfDidNotRun: true)],
        [
            Link("Start", "s1"),
            Link("s1", "s2", "$s1.TgtSuccessRows > 0", RowsAre("s1", ComparisonOperator.Greater, 0)),
        ]);

        Assert.True(Run(plan, new() { ["s1"] = Rows(5) }).Succeeded);
        Assert.False(Run(plan, new() { ["s1"] = Rows(0) }).Succeeded);
        Assert.False(Run(plan, new() { ["s1"] = new TaskOutcome(TaskRunStatus.Failed, TgtSuccessRows: 5) }).Succeeded);
    }

    /// <summary>
    /// WBG Worklets: the worklet's tasks run when the worklet's input links pass; the worklet fails when a task of it
    /// with "Fail parent if this task fails" fails, and the links after it read that status.
    /// </summary>
    [Fact]
    public void A_worklet_runs_its_tasks_and_its_status_is_read_after_it()
    {
        var worklet = WorkletPlan("wl_load",
            [Start, Session("s_a", failParentIfFails: true), Session("s_b")],
            [Link("Start", "s_a"), Link("s_a", "s_b", "$s_a.Status = SUCCEEDED", Status("s_a", TaskRunStatus.Succeeded))]);
        var plan = Workflow("wf_worklet", [Start, Worklet("wl_load", worklet), Session("s_after"), Session("s_cleanup")],
        [
            Link("Start", "wl_load"),
            Link("wl_load", "s_after", "$wl_load.Status = SUCCEEDED", Status("wl_load", TaskRunStatus.Succeeded)),
            Link("wl_load", "s_cleanup", "$wl_load.Status = FAILED", Status("wl_load", TaskRunStatus.Failed)),
        ]);

        Assert.Equal(["s_after", "wl_load", "wl_load/s_a", "wl_load/s_b"], Ran(plan, AllSucceed));
        Assert.Equal(["s_cleanup", "wl_load", "wl_load/s_a"], Ran(plan, new() { ["wl_load/s_a"] = TaskOutcome.Of(TaskRunStatus.Failed) }));
    }

    /// <summary>A workflow variable a condition reads is a job parameter with the variable's initial value as its default.</summary>
    [Fact]
    public void A_workflow_variable_is_a_job_parameter()
    {
        var plan = Workflow("wf_variable", [Start, Session("s1"), Session("s_full")],
        [
            Link("Start", "s1"),
            Link("s1", "s_full", "$$LOAD_MODE = 1", new ComparisonExpression(ComparisonOperator.Equal, new WorkflowVariableReference("$$LOAD_MODE"), new NumberLiteral(1))),
        ], [new PlanVariable("$$LOAD_MODE", "integer", "1", true, false, null)]);

        Assert.Equal(["s1", "s_full"], Ran(plan, AllSucceed));
        Assert.Equal(["s1"], DatabricksInterpreter.Run(JobJson(plan), AllSucceed, new Dictionary<string, string> { ["var_LOAD_MODE"] = "0" }).Ran.Order(StringComparer.Ordinal));
    }

    private static TaskOutcome Rows(long rows) => new(TaskRunStatus.Succeeded, SrcSuccessRows: rows, TgtSuccessRows: rows);

    private static DatabricksRun Run(WorkflowPlan plan, Dictionary<string, TaskOutcome> outcomes) => DatabricksInterpreter.Run(JobJson(plan), outcomes);

    private static IEnumerable<string> Ran(WorkflowPlan plan, Dictionary<string, TaskOutcome> outcomes) =>
        Run(plan, outcomes).Ran.Order(StringComparer.Ordinal);
}
