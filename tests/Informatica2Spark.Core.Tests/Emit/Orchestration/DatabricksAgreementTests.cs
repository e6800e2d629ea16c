using System.Text;
using Informatica2Spark.Core.Emit.Orchestration;
using Informatica2Spark.Core.Emit.Templates;
using Informatica2Spark.Core.Tests.Workflows;
using Informatica2Spark.Core.Workflows;
using Xunit;

namespace Informatica2Spark.Core.Tests.Emit.Orchestration;

/// <summary>
/// The behaviour cases of testdata/exports/workflows_behaviours.xml (each cites its WBG/AWG page in
/// <see cref="WorkflowBehaviours"/>): the Databricks job generated for the workflow, run by
/// <see cref="DatabricksInterpreter"/> with the case's outcomes, runs the tasks <see cref="WorkflowSemantics"/> runs and
/// the case names, and succeeds or fails as the workflow does. Databricks starts independent tasks together, so the
/// tasks are compared as a set; Start tasks have no Databricks task.
/// </summary>
public sealed class DatabricksAgreementTests
{
    [Theory]
    [MemberData(nameof(WorkflowBehaviours.Cases), MemberType = typeof(WorkflowBehaviours))]
    public void The_job_runs_what_PowerCenter_runs(WorkflowBehaviour behaviour)
    {
        var plan = WorkflowCases.Plan(behaviour.Workflow);
        var powerCenter = WorkflowSemantics.Run(plan, behaviour.Outcomes);
        var json = Encoding.UTF8.GetString(new DatabricksTarget().Emit(new OrchestrationInput(plan, $"{plan.Folder}/{plan.Name}"), TemplateSet.Create())[0].Content);

        var run = DatabricksInterpreter.Run(json, behaviour.Outcomes);

        Assert.Empty(DatabricksJobSchema.Problems(json));
        Assert.Equal(behaviour.RunOrder, powerCenter.RunOrder);
        if (behaviour.Status is TaskRunStatus.Stopped or TaskRunStatus.Aborted)
        {
            // WBG Control Task: once it stops or aborts the workflow no further task starts. Databricks has no way to
            // stop a job from inside and starts independent branches together, so a task of another branch may have
            // started already: every task PowerCenter ran runs, and the run fails.
            Assert.Subset(Tasks(run.Ran).ToHashSet(), Tasks(behaviour.RunOrder).ToHashSet());
        }
        else
        {
            Assert.Equal(Tasks(behaviour.RunOrder), Tasks(run.Ran));
        }

        Assert.Equal(behaviour.Status == TaskRunStatus.Succeeded, run.Succeeded);
    }

    private static List<string> Tasks(IEnumerable<string> order) =>
        [.. order.Where(t => !t.Equals("Start", StringComparison.OrdinalIgnoreCase) && !t.EndsWith("/Start", StringComparison.OrdinalIgnoreCase)).Order(StringComparer.Ordinal)];
}
