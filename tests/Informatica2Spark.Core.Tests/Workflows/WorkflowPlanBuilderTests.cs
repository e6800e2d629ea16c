using Informatica2Spark.Core.Workflows;
using Xunit;

namespace Informatica2Spark.Core.Tests.Workflows;

/// <summary>The plan of each task kind and workflow setting (WBG: Workflow Tasks, Links, Worklets, Scheduling a Workflow, Workflow Recovery).</summary>
public sealed class WorkflowPlanBuilderTests
{
    [Fact]
    public void Every_link_is_one_dependency_with_its_condition()
    {
        var plan = WorkflowCases.Plan("wf_status_rows");

        Assert.Equal(
            ["Start>s_extract", "s_extract>s_load", "s_extract>cmd_alert", "s_load>s_publish"],
            plan.Dependencies.Select(d => $"{d.From}>{d.To}"));
        Assert.Null(plan.Dependencies[0].Condition);
        Assert.All(plan.Dependencies.Skip(1), d => Assert.True(d.Condition!.IsValid));
        Assert.Empty(plan.Notes);
    }

    [Fact]
    public void Sessions_point_at_their_jobs_and_commands_keep_their_order()
    {
        var plan = WorkflowCases.Plan("wf_worklet_control");

        var worklet = Assert.IsType<WorkletAction>(plan.Task("wl_load")!.Action);
        Assert.Equal("WF_CASES/WF:wf_worklet_control/WL:wl_load", worklet.Plan.ObjectPath);
        Assert.Equal([new PlanAssignment("$$WL_MODE", WorkflowExpressions.Parse("'full'"))], worklet.VariableValues);
        var session = Assert.IsType<SessionAction>(worklet.Plan.Task("s_inner")!.Action);
        Assert.Equal("WF_CASES/WF:wf_worklet_control/WL:wl_load/ST:s_inner", session.ObjectPath);
        Assert.Equal("jobs/WF_CASES/WF_wf_worklet_control/WL_wl_load/ST_s_inner", session.JobDirectory);
        var command = Assert.IsType<CommandAction>(worklet.Plan.Task("cmd_check")!.Action);
        Assert.True(command.FailTaskIfAnyCommandFails);
        Assert.Equal(["count_files", "touch_done"], command.Commands.Select(c => c.Name));
        Assert.Equal(["Start>s_inner", "s_inner>cmd_check"], worklet.Plan.Dependencies.Select(d => $"{d.From}>{d.To}"));
    }

    [Fact]
    public void Other_task_kinds_carry_their_settings()
    {
        var plan = WorkflowCases.Plan("wf_worklet_control");

        Assert.Equal(new ControlAction(ControlOption.StopTopLevelWorkflow), plan.Task("ctl_stop")!.Action);
        Assert.Equal(new EmailAction("etl@example.com", "%w done", "Loaded %l rows"), plan.Task("eml_done")!.Action);
        Assert.Equal(new TimerAction(TimerMode.RelativeToPreviousTask, null, null, TimeSpan.FromMinutes(5)), plan.Task("tmr_settle")!.Action);
        Assert.Equal(new EventRaiseAction("loaded"), plan.Task("evr_loaded")!.Action);
        Assert.Equal(new EventWaitAction("loaded", null, false), plan.Task("evw_loaded")!.Action);
        Assert.Equal(["loaded"], plan.Events);
        Assert.Equal([TaskKind.Start, TaskKind.Worklet, TaskKind.Control, TaskKind.Email, TaskKind.Timer, TaskKind.EventRaise, TaskKind.EventWait, TaskKind.Command],
            plan.Tasks.Select(t => t.Kind));
    }

    [Fact]
    public void Decisions_assignments_and_variables_are_parsed()
    {
        var plan = WorkflowCases.Plan("wf_decision_variables");

        var decision = Assert.IsType<DecisionAction>(plan.Task("dec_enough")!.Action);
        Assert.Equal("$s_count.TgtSuccessRows >= $$THRESHOLD", decision.Condition!.Text);
        var assignment = Assert.IsType<AssignmentAction>(plan.Task("asg_threshold")!.Action);
        Assert.Null(assignment.Condition);
        Assert.Equal(["$$THRESHOLD", "$$RUN_LABEL"], assignment.Assignments.Select(a => a.Variable));
        Assert.Equal(new PlanVariable("$$THRESHOLD", "integer", "50", true, false, null), plan.Variables[0]);
    }

    [Fact]
    public void Input_links_disabled_tasks_and_fail_parent_flags_are_kept()
    {
        Assert.Equal(InputLinkMode.Any, WorkflowCases.Plan("wf_any_all").Task("s_or")!.InputLinks);
        Assert.Equal(InputLinkMode.All, WorkflowCases.Plan("wf_any_all").Task("s_and")!.InputLinks);
        var plan = WorkflowCases.Plan("wf_disabled_fail_parent");
        Assert.False(plan.Task("s_disabled")!.Enabled);
        Assert.True(plan.Task("s_critical")!.FailParentIfFails);
        Assert.True(plan.Task("s_must")!.FailParentIfDidNotRun);
    }

    [Fact]
    public void Schedule_concurrency_and_recovery_are_read()
    {
        var plan = WorkflowCases.Plan("wf_worklet_control");

        Assert.Equal(new PlanSchedule(ScheduleKind.Custom, "30 6 * * MON,THU", "3/2/2026 06:30", null, null), plan.Schedule);
        Assert.Equal(new PlanConcurrency(true, false, true, 3), plan.Concurrency);
        var worklet = (WorkletAction)plan.Task("wl_load")!.Action;
        // "Automatically recover terminated tasks" with 2 attempts; the session restarts, the Start task does not.
        Assert.Equal(new PlanRetry(RecoveryStrategy.RestartTask, 2), worklet.Plan.Task("s_inner")!.Retry);
        Assert.Equal(PlanRetry.None, worklet.Plan.Task("Start")!.Retry);
        Assert.Equal(PlanSchedule.OnDemand, WorkflowCases.Plan("wf_any_all").Schedule);
        Assert.Equal(1, WorkflowCases.Plan("wf_any_all").Concurrency.MaxActiveRuns);
    }

    [Theory]
    [InlineData("RECURRING", "1", "0", "0", "0 2 * * *")]
    [InlineData("RECURRING", "0", "6", "0", "0 2-23/6 * * *")]
    [InlineData("RECURRING", "0", "0", "15", "0-59/15 * * * *")]
    [InlineData("RECURRING", "2", "0", "0", null)]
    public void Recurring_schedules_map_to_cron_where_they_repeat_the_same(string type, string days, string hours, string minutes, string? cron)
    {
        var scheduler = new Model.Scheduler("s", false, null, "ONSERVERINIT",
        [
            new("STARTOPTIONS.STARTDATE", "1/1/2026"), new("STARTOPTIONS.STARTTIME", "02:00"), new("SCHEDULEOPTIONS.SCHEDULETYPE", type),
            new("SCHEDULEOPTIONS.RECURRING.DAYS", days), new("SCHEDULEOPTIONS.RECURRING.HOURS", hours), new("SCHEDULEOPTIONS.RECURRING.MINUTES", minutes),
        ], default);

        var schedule = ScheduleReader.Read(scheduler);

        Assert.Equal(cron, schedule.Cron);
        Assert.Equal(cron is null, schedule.Note is not null);
    }

    [Fact]
    public void An_unknown_task_type_and_a_bad_condition_are_notes_never_dropped()
    {
        var folder = WorkflowCases.Folder;
        var workflow = folder.Workflows.Single(w => w.Name == "wf_any_all");
        var broken = workflow with
        {
            TaskInstances = [.. workflow.TaskInstances, workflow.TaskInstances[1] with { Name = "ws_call", TaskName = "ws_call", TaskType = "Web Service" }],
            Links = [.. workflow.Links, new Model.WorkflowLink("s_a", "ws_call", "$s_a.Status = = SUCCEEDED", default)],
        };

        var plan = WorkflowPlanBuilder.Build(folder, broken, _ => null);

        Assert.Equal(workflow.Links.Count + 1, plan.Dependencies.Count);
        Assert.False(plan.Dependencies[^1].Condition!.IsValid);
        Assert.Equal(TaskKind.Unsupported, plan.Task("ws_call")!.Kind);
        Assert.Contains(plan.Notes, n => n.Kind == NoteKind.Unsupported && n.Task == "ws_call" && n.Message.Contains("'Web Service'"));
        Assert.Contains(plan.Notes, n => n.Kind == NoteKind.Error && n.Message.Contains("s_a -> ws_call does not parse"));
    }
}
