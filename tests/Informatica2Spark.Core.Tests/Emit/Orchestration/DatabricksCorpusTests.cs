using System.Text;
using Informatica2Spark.Core.Emit.Orchestration;
using Informatica2Spark.Core.Emit.Templates;
using Informatica2Spark.Core.Parsing;
using Informatica2Spark.Core.Workflows;
using Informatica2Spark.Testing;
using Xunit;

namespace Informatica2Spark.Core.Tests.Emit.Orchestration;

/// <summary>
/// Every workflow of the corpus (its worklets inlined) gets a Databricks job that validates against the schema derived
/// from the Jobs API 2.1 specification and runs to its end in <see cref="DatabricksInterpreter"/> when every task
/// succeeds, every task-value reference naming a task that set it.
/// </summary>
public sealed class DatabricksCorpusTests
{
    [CorpusFact]
    public void Every_workflow_job_validates_and_runs()
    {
        var templates = TemplateSet.Create();
        var jobs = 0;
        foreach (var file in RepositoryPaths.CorpusExports)
        {
            using var stream = File.OpenRead(file);
            var document = ExportReader.ReadDocument(stream, Path.GetFileName(file)).Document!;
            foreach (var folder in document.Folders)
            {
                foreach (var workflow in folder.Workflows)
                {
                    var plan = WorkflowPlanBuilder.Build(folder, workflow, path => "jobs/" + path.Replace(':', '_'));
                    var json = Encoding.UTF8.GetString(new DatabricksTarget().Emit(new OrchestrationInput(plan, $"{folder.Name}/{workflow.Name}"), templates)[0].Content);

                    var problems = DatabricksJobSchema.Problems(json);
                    Assert.True(problems.Count == 0, $"{plan.ObjectPath}: {string.Join("; ", problems.Take(5))}");
                    var run = DatabricksInterpreter.Run(json, new Dictionary<string, TaskOutcome>());
                    Assert.NotEmpty(run.Ran);
                    jobs++;
                }
            }
        }

        Assert.True(jobs > 0);
    }
}
