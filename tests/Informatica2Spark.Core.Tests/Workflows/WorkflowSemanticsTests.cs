using Informatica2Spark.Core.Workflows;
using Xunit;

namespace Informatica2Spark.Core.Tests.Workflows;

/// <summary>PowerCenter's run order for given outcomes (the cases cite their WBG/AWG pages).</summary>
public sealed class WorkflowSemanticsTests
{
    [Theory]
    [MemberData(nameof(WorkflowBehaviours.Cases), MemberType = typeof(WorkflowBehaviours))]
    public void Each_behaviour_runs_the_documented_tasks_in_order(WorkflowBehaviour behaviour)
    {
        var run = WorkflowSemantics.Run(WorkflowCases.Plan(behaviour.Workflow), behaviour.Outcomes);

        Assert.Equal(behaviour.RunOrder, run.RunOrder);
        Assert.Equal(behaviour.Status, run.Status);
    }

    [Fact]
    public void A_disabled_task_is_reported_disabled_and_a_task_whose_links_fail_not_started()
    {
        // WBG Workflow Tasks, Disabling Tasks; AWG Evaluating Task Status in a Workflow.
        var run = WorkflowSemantics.Run(WorkflowCases.Plan("wf_disabled_fail_parent"), new Dictionary<string, TaskOutcome>());

        Assert.Equal(TaskRunStatus.Disabled, run.Tasks.Single(t => t.Task == "s_disabled").Status);
        Assert.Equal(TaskRunStatus.NotStarted, run.Tasks.Single(t => t.Task == "s_cond").Status);
        Assert.Equal(TaskRunStatus.Succeeded, run.Tasks.Single(t => t.Task == "s_next").Status);
    }

    [Fact]
    public void Nested_tasks_follow_their_worklet_in_the_results()
    {
        var run = WorkflowSemantics.Run(WorkflowCases.Plan("wf_worklet_control"), new Dictionary<string, TaskOutcome>());

        var names = run.Tasks.Select(t => t.Task).ToList();
        Assert.Equal(["Start", "wl_load", "wl_load/Start", "wl_load/s_inner", "wl_load/cmd_check", "ctl_stop"], names.Take(6));
    }
}
