using Informatica2Spark.Core.Emit.Orchestration;
using Informatica2Spark.Core.Workflows;
using Xunit;

namespace Informatica2Spark.Core.Tests.Emit.Orchestration;

public sealed class OrchestratorTargetsTests
{
    [Fact]
    public void Targets_are_found_by_name_in_any_letter_case()
    {
        Assert.Contains(OrchestratorTargets.None, OrchestratorTargets.Names);
        Assert.Equal(OrchestratorTargets.None, OrchestratorTargets.Find("NONE")?.Name);
        Assert.Null(OrchestratorTargets.Find("cron"));
    }

    [Theory]
    [InlineData("SALES/wf_daily", "SALES/wf_daily/s_load", "s_load")]
    [InlineData("SALES/wf_daily", "SALES/wf_daily/wl_a/s_load", "wl_a/s_load")]
    [InlineData("SALES/wf_daily", "SALES/wf_other/s_load", "../wf_other/s_load")]
    [InlineData("SALES/wf_daily", "HR/wf_daily/s_load", "../../HR/wf_daily/s_load")]
    public void A_job_directory_is_given_relative_to_the_workflow(string workflow, string job, string expected)
    {
        var plan = new WorkflowPlan("SALES", "wf_daily", PlanKind.Workflow, "SALES/WF:wf_daily", null, [], [], [], [], PlanConcurrency.Single, PlanSchedule.OnDemand, []);
        Assert.Equal(expected, new OrchestrationInput(plan, workflow).RelativeToWorkflow(job));
    }
}
