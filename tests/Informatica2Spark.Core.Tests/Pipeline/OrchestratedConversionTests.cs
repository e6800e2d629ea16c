using System.Text;
using Informatica2Spark.Core.Conversion;
using Informatica2Spark.Core.Emit.Orchestration;
using Informatica2Spark.Core.Emit.Templates;
using Informatica2Spark.Core.Inputs;
using Informatica2Spark.Core.Parameters;
using Informatica2Spark.Core.Pipeline;
using Informatica2Spark.Testing;
using Xunit;

namespace Informatica2Spark.Core.Tests.Pipeline;

/// <summary>
/// With an orchestrator, generated jobs keep their run state in the shared PostgreSQL store through its catalog
/// reference (docs/run-state.md, Task variables for orchestrators) and their reports say why; without one, SQLite stays.
/// </summary>
public sealed class OrchestratedConversionTests
{
    [Theory]
    [InlineData("databricks", "postgres")]
    [InlineData("airflow", "postgres")]
    [InlineData("none", "sqlite")]
    public void The_state_store_follows_the_orchestrator(string orchestrator, string store)
    {
        var result = Convert(orchestrator, new ConversionOptions());

        var jobs = Files(result).Where(f => f.Key.EndsWith("/job.yaml", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(jobs);
        Assert.All(jobs, job => Assert.Contains($"store: \"{store}\"", job.Value, StringComparison.Ordinal));
        var reports = Files(result).Where(f => f.Key.EndsWith("/REPORT.md", StringComparison.Ordinal)).Select(f => f.Value).ToList();
        Assert.All(reports, report => Assert.Equal(store == "postgres", report.Contains($"--orchestrator {orchestrator}: orchestrated runs share the PostgreSQL store", StringComparison.Ordinal)));
    }

    [Fact]
    public void An_explicit_store_other_than_sqlite_stays()
    {
        Assert.Equal("none", new ConversionOptions { StateStore = "none" }.Orchestrated("databricks").StateStore);
        Assert.Null(new ConversionOptions { StateStore = "postgres" }.Orchestrated("airflow").StateStoreReason);
    }

    [Fact]
    public void Databricks_writes_a_job_and_an_init_script_per_workflow_and_its_scripts_once()
    {
        var files = Files(Convert("databricks", new ConversionOptions()));

        var workflows = files.Keys.Where(k => k.EndsWith("/workflow.yaml", StringComparison.Ordinal)).Select(k => k[..k.LastIndexOf('/')]).ToList();
        Assert.NotEmpty(workflows);
        Assert.All(workflows, w => Assert.Contains($"{w}/{DatabricksTarget.JobFile}", files.Keys));
        Assert.All(workflows, w => Assert.Contains($"{w}/{DatabricksTarget.InitScript}", files.Keys));
        Assert.Contains(TaskStateModule.Path, files.Keys);
        Assert.Contains(DatabricksJobBuilder.TaskScript, files.Keys);
        Assert.All(workflows, w => Assert.Empty(Tests.Emit.Orchestration.DatabricksJobSchema.Problems(files[$"{w}/{DatabricksTarget.JobFile}"])));
    }

    private static ConversionResult Convert(string orchestrator, ConversionOptions options)
    {
        var path = Path.Combine(RepositoryPaths.TestData, "exports", "workflows_behaviours.xml");
        var input = new ExportInput("workflows_behaviours.xml", () => File.OpenRead(path));
        var request = new ConversionRequest(options, TemplateSet.Create(), _ => (new ParameterInputs(), [])) { Orchestrator = orchestrator };
        return ConversionRun.Run([input], request);
    }

    private static Dictionary<string, string> Files(ConversionResult result) =>
        result.Outputs.Files.ToDictionary(f => f.RelativePath, f => Encoding.UTF8.GetString(f.Content), StringComparer.Ordinal);
}
