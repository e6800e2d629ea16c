using System.Text;
using Informatica2Spark.Core.Emit.Orchestration;
using Informatica2Spark.Core.Emit.Templates;
using Informatica2Spark.Core.Workflows;
using Informatica2Spark.Testing;
using Xunit;
using static Informatica2Spark.Core.Tests.Emit.Orchestration.DatabricksCases;

namespace Informatica2Spark.Core.Tests.Emit.Orchestration;

/// <summary>The files the databricks target writes: snapshots, and the job's validity against the Jobs API 2.1 schema.</summary>
public sealed class DatabricksTargetTests
{
    /// <summary>A workflow with every construct the target handles: conditions, AND/OR links, a disabled task, a command, a worklet, a flag, a schedule.</summary>
    public static WorkflowPlan Sample()
    {
        var worklet = WorkletPlan("wl_stage",
            [Start, Session("s_stage", failParentIfFails: true), Command("cmd_archive", "mv /data/in/*.csv /data/archive/")],
            [Link("Start", "s_stage"), Link("s_stage", "cmd_archive", "$s_stage.Status = SUCCEEDED", Status("s_stage", TaskRunStatus.Succeeded))]);
        return Workflow("wf_daily",
            [Start, Session("s_extract", failParentIfFails: true), Worklet("wl_stage", worklet), Session("s_load", links: InputLinkMode.Any),
             Session("s_audit", enabled: false), Task("email_failure", TaskKind.Email)],
            [
                Link("Start", "s_extract"),
                Link("s_extract", "wl_stage", "$s_extract.TgtSuccessRows > 0 AND $s_extract.Status = SUCCEEDED",
                    And(RowsAre("s_extract", ComparisonOperator.Greater, 0), Status("s_extract", TaskRunStatus.Succeeded))),
                Link("wl_stage", "s_load", "$wl_stage.Status = SUCCEEDED", Status("wl_stage", TaskRunStatus.Succeeded)),
                Link("s_extract", "s_load", "$s_extract.TgtSuccessRows = 0", RowsAre("s_extract", ComparisonOperator.Equal, 0)),
                Link("s_load", "s_audit"),
                Link("s_extract", "email_failure", "$s_extract.Status = FAILED OR $s_extract.Status = ABORTED",
                    Or(Status("s_extract", TaskRunStatus.Failed), Status("s_extract", TaskRunStatus.Aborted))),
            ]) with { Schedule = new PlanSchedule(ScheduleKind.Recurring, "30 2 * * 1-5", "01/05/2026 02:30", null, null), Concurrency = new PlanConcurrency(true, false, true, 3) };
    }

    [Fact]
    public void Files_of_a_workflow()
    {
        var target = new DatabricksTarget();
        var templates = TemplateSet.Create();
        var files = target.Emit(new OrchestrationInput(Sample(), "SALES/wf_daily"), templates).Concat(target.EmitShared(templates));

        Snapshot.VerifyFiles(files.ToDictionary(f => f.RelativePath, f => Encoding.UTF8.GetString(f.Content)));
    }

    [Fact]
    public void The_job_validates_against_the_Jobs_API_schema()
    {
        Assert.Empty(DatabricksJobSchema.Problems(JobJson(Sample())));
    }

    /// <summary>The schema refuses what the API refuses, so the check above means something.</summary>
    [Theory]
    [InlineData("\"run_if\": \"ALL_DONE\"", "\"run_if\": \"ALWAYS\"")]
    [InlineData("\"op\": \"EQUAL_TO\"", "\"op\": \"EQUALS\"")]
    [InlineData("\"task_key\": \"s_extract\",", "\"task_key\": \"s extract\",")]
    [InlineData("\"max_concurrent_runs\": 3", "\"max_concurrent_runs\": 3000")]
    [InlineData("\"outcome\": \"true\"", "\"outcome\": \"maybe\"")]
    public void The_schema_refuses_a_broken_job(string valid, string broken)
    {
        var json = JobJson(Sample());
        Assert.Contains(valid, json, StringComparison.Ordinal);

        Assert.NotEmpty(DatabricksJobSchema.Problems(ReplaceFirst(json, valid, broken)));
    }

    [Fact]
    public void The_sample_runs_as_PowerCenter_runs_it()
    {
        var json = JobJson(Sample());

        var good = DatabricksInterpreter.Run(json, new Dictionary<string, TaskOutcome> { ["s_extract"] = new(TaskRunStatus.Succeeded, SrcSuccessRows: 10, TgtSuccessRows: 10) });
        var empty = DatabricksInterpreter.Run(json, new Dictionary<string, TaskOutcome>());
        var failed = DatabricksInterpreter.Run(json, new Dictionary<string, TaskOutcome> { ["s_extract"] = TaskOutcome.Of(TaskRunStatus.Failed) });

        Assert.Equal(["s_extract", "wl_stage", "wl_stage/s_stage", "wl_stage/cmd_archive", "s_load"], good.Ran);
        Assert.True(good.Succeeded);
        Assert.Equal(["s_extract", "s_load"], empty.Ran);
        Assert.Equal(["s_extract", "s_load", "email_failure"], failed.Ran);
        Assert.False(failed.Succeeded);
    }

    private static string ReplaceFirst(string text, string from, string to)
    {
        var at = text.IndexOf(from, StringComparison.Ordinal);
        return text[..at] + to + text[(at + from.Length)..];
    }
}
