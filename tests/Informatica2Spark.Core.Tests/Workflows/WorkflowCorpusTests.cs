using Informatica2Spark.Core.Model;
using Informatica2Spark.Core.Parsing;
using Informatica2Spark.Core.Workflows;
using Informatica2Spark.Testing;
using Xunit;

namespace Informatica2Spark.Core.Tests.Workflows;

/// <summary>Every workflow and worklet of the corpus gets a plan whose dependencies are its links, one for one.</summary>
public sealed class WorkflowCorpusTests
{
    [CorpusFact]
    public void Every_plan_has_one_dependency_per_link_with_the_same_endpoints()
    {
        var totals = (Workflows: 0, Worklets: 0, Links: 0);
        foreach (var file in RepositoryPaths.CorpusExports)
        {
            using var stream = File.OpenRead(file);
            var document = ExportReader.ReadDocument(stream, Path.GetFileName(file)).Document!;
            var planned = new HashSet<IWorkflowContainer>(ReferenceEqualityComparer.Instance);
            var dependencies = 0;
            foreach (var folder in document.Folders)
            {
                foreach (var workflow in folder.Workflows)
                {
                    foreach (var (plan, container) in Pairs(folder, WorkflowPlanBuilder.Build(folder, workflow, _ => null), workflow))
                    {
                        Assert.Equal(container.Links.Select(l => (l.FromTask, l.ToTask, l.Condition ?? string.Empty)),
                            plan.Dependencies.Select(d => (d.From, d.To, d.Condition?.Text ?? string.Empty)));
                        Assert.All(plan.Dependencies, d => Assert.NotNull(plan.Task(d.From)));
                        Assert.All(plan.Dependencies, d => Assert.NotNull(plan.Task(d.To)));
                        Assert.Equal(container.TaskInstances.Count, plan.Tasks.Count);
                        Assert.All(plan.Dependencies.Where(d => d.Condition is not null), d => Assert.True(d.Condition!.IsValid, $"{plan.ObjectPath}: {d.Condition!.Error}"));
                        if (planned.Add(container))
                        {
                            dependencies += plan.Dependencies.Count;
                        }
                    }
                }
            }

            // Counted in the export's text, independently of the reader: every workflow and worklet is planned once
            // at least, and the dependencies of the distinct plans are its links.
            var text = File.ReadAllText(file);
            var (workflows, worklets, links) = (Count(text, "WORKFLOW"), Count(text, "WORKLET"), Count(text, "WORKFLOWLINK"));
            Assert.Equal(workflows + worklets, planned.Count);
            Assert.Equal(links, dependencies);
            totals = (totals.Workflows + workflows, totals.Worklets + worklets, totals.Links + links);
        }

        Assert.True(totals.Workflows > 0 && totals.Worklets > 0 && totals.Links > 0, $"{totals}");
    }

    private static int Count(string text, string element) => System.Text.RegularExpressions.Regex.Count(text, "<" + element + @"\s");

    /// <summary>Each plan with the workflow or worklet it was built from, nested plans found through their instances.</summary>
    private static IEnumerable<(WorkflowPlan Plan, IWorkflowContainer Container)> Pairs(Folder folder, WorkflowPlan plan, IWorkflowContainer container)
    {
        yield return (plan, container);
        foreach (var task in plan.Tasks.Where(t => t.Action is WorkletAction))
        {
            var instance = container.TaskInstances.First(i => i.Name.Equals(task.Name, StringComparison.OrdinalIgnoreCase));
            var worklet = (instance.Reusable ? folder.Worklets : container.Worklets).FirstOrDefault(w => w.Name.Equals(instance.TaskName, StringComparison.OrdinalIgnoreCase));
            if (worklet is null)
            {
                // A workflow-only export names reusable worklets it does not hold: an empty plan and an error note.
                Assert.Empty(((WorkletAction)task.Action).Plan.Tasks);
                Assert.Contains(plan.Notes, n => n.Kind == NoteKind.Error && n.Task == task.Name);
                continue;
            }

            foreach (var pair in Pairs(folder, ((WorkletAction)task.Action).Plan, worklet))
            {
                yield return pair;
            }
        }
    }

    private static IEnumerable<Worklet> AllWorklets(Folder folder) =>
        folder.Worklets.Concat(folder.Workflows.SelectMany(w => w.Worklets)).SelectMany(Nested);

    private static IEnumerable<Worklet> Nested(Worklet worklet) => worklet.Worklets.SelectMany(Nested).Prepend(worklet);
}
