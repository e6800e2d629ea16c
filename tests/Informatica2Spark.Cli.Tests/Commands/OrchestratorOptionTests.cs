using Xunit;

namespace Informatica2Spark.Cli.Tests.Commands;

/// <summary><c>i2s convert --orchestrator</c>: workflow.yaml for every workflow, and the target's files beside it.</summary>
public sealed class OrchestratorOptionTests
{
    [Fact]
    public void Airflow_writes_a_dag_beside_each_workflow_plan_and_the_helpers_once()
    {
        using var output = ConvertOutput.Run("testdata/exports/workflows_behaviours.xml", "--orchestrator", "airflow");

        var files = output.Files();
        var plans = files.Keys.Where(f => f.EndsWith("/workflow.yaml", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(
            ["WF_CASES/wf_any_all", "WF_CASES/wf_decision_variables", "WF_CASES/wf_disabled_fail_parent", "WF_CASES/wf_status_rows", "WF_CASES/wf_worklet_control"],
            plans.Select(p => p[..p.LastIndexOf('/')]));
        Assert.All(plans, p => Assert.Contains(p.Replace("workflow.yaml", "airflow_dag.py", StringComparison.Ordinal), files.Keys));
        Assert.Contains("_orchestration/i2s_airflow.py", files.Keys);
        // The DAG runs each session's generated submit.sh, in the session's directory under the workflow's.
        Assert.Contains("I2S.submit(\"WF_CASES/wf_status_rows/s_extract\")", files["WF_CASES/wf_status_rows/airflow_dag.py"]);
        Assert.Contains("WF_CASES/wf_status_rows/s_extract/submit.sh", files.Keys);
        Assert.Contains("\"orchestrator\": \"airflow\"", files["i2s-manifest.json"]);
    }

    [Fact]
    public void None_is_the_default_and_writes_plans_only()
    {
        using var output = ConvertOutput.Run("testdata/exports/workflows_behaviours.xml");

        var files = output.Files();
        Assert.Equal(5, files.Keys.Count(f => f.EndsWith("/workflow.yaml", StringComparison.Ordinal)));
        Assert.DoesNotContain(files.Keys, f => f.EndsWith(".py", StringComparison.Ordinal));
    }

    [Fact]
    public void An_unknown_orchestrator_is_a_usage_error()
    {
        using var output = ConvertOutput.Run("testdata/exports/workflows_behaviours.xml", "--orchestrator", "cron");

        Assert.Equal(2, output.Exit);
        Assert.Contains("cron", output.Stderr);
    }
}
