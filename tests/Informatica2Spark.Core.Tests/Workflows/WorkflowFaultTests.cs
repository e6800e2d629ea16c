using Informatica2Spark.Core.Model;
using Informatica2Spark.Core.Parsing;
using Informatica2Spark.Core.Sessions;
using Informatica2Spark.Core.Workflows;
using Informatica2Spark.Testing;
using Xunit;

namespace Informatica2Spark.Core.Tests.Workflows;

/// <summary>
/// Workflows PowerCenter would not save but exports can hold (hand-edited or damaged files): links that loop and a
/// worklet that contains itself. The Workflow Basics Guide (Working with Links; Worklets) allows neither; the plan
/// reports each and the rest of the workflow is kept.
/// </summary>
public sealed class WorkflowFaultTests
{
    private static Folder Read(string name)
    {
        using var stream = File.OpenRead(Path.Combine(RepositoryPaths.TestData, "workflows", name));
        return ExportReader.ReadDocument(stream, name).Document!.Folders.Single();
    }

    private static WorkflowPlan Plan(Folder folder) =>
        WorkflowPlanBuilder.Build(folder, folder.Workflows.Single(), path => "jobs/" + path.Replace(':', '_'));

    [Fact]
    public void A_worklet_that_contains_itself_is_expanded_once_and_reported()
    {
        var folder = Read("worklet_contains_itself.xml");
        var plan = Plan(folder);

        var outer = Assert.IsType<WorkletAction>(plan.Task("wl_r")!.Action);
        var inner = Assert.IsType<WorkletAction>(outer.Plan.Task("wl_r")!.Action);
        Assert.Empty(inner.Plan.Tasks);
        var note = Assert.Single(outer.Plan.Notes);
        Assert.Equal(NoteKind.Error, note.Kind);
        Assert.Contains("contains itself (wl_r > wl_r)", note.Message, StringComparison.Ordinal);

        // The sessions it runs are found once each, not once per level of a recursion.
        Assert.Equal(["WF_CASES/WF:wf_rwl/ST:s_a", "WF_CASES/WF:wf_rwl/WL:wl_r/ST:s_r"],
            SessionOccurrences.Of("REPO", folder).Select(o => o.ObjectPath).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Links_that_loop_are_reported_with_the_loop()
    {
        var plan = Plan(Read("link_loop.xml"));

        Assert.Equal(["s_a", "s_b", "s_a"], WorkflowPlanChecks.Loop(plan.Dependencies));
        var note = Assert.Single(plan.Notes, n => n.Message.Contains("form a loop", StringComparison.Ordinal));
        Assert.Equal(NoteKind.Error, note.Kind);
        Assert.Contains("s_a -> s_b -> s_a", note.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_workflow_without_a_loop_has_none() =>
        Assert.Null(WorkflowPlanChecks.Loop(WorkflowCases.Plan("wf_status_rows").Dependencies));
}
