namespace Informatica2Spark.Core.Workflows.Tasks;

/// <summary>
/// A worklet instance: the worklet's own plan, nested (its tasks, links and variables), and the values the instance
/// assigns to the worklet's variables (<c>VALUEPAIR</c>s, parent expressions; WBG: Worklets).
/// </summary>
public sealed class WorkletTask : ITaskReader
{
    public IReadOnlyList<string> Types => ["Worklet"];

    public TaskKind Kind => TaskKind.Worklet;

    public TaskAction Read(TaskReadContext context)
    {
        var worklet = (context.Instance.Reusable ? context.Folder.Worklets : context.Container.Worklets)
            .FirstOrDefault(w => w.Name.Equals(context.Instance.TaskName, StringComparison.OrdinalIgnoreCase));
        var values = context.Instance.ValuePairs.Select(p => new PlanAssignment(p.Name, context.Expression(p.Value, $"value the instance gives {p.Name}"))).ToList();
        var plan = worklet is null ? null : context.Session.Worklet(context, worklet);
        if (plan is null)
        {
            var cycle = worklet is null ? [] : context.Session.Cycle(worklet);
            context.Note(NoteKind.Error, worklet is null
                ? $"the worklet '{context.Instance.TaskName}' is not in the export; the task runs nothing"
                : cycle.Count > 0
                    ? $"the worklet '{context.Instance.TaskName}' contains itself ({string.Join(" > ", cycle)}); the nested instance runs nothing"
                    : $"the worklet '{context.Instance.TaskName}' is nested more than {WorkflowPlanBuilder.MaxNesting} levels deep; the nested instance runs nothing");
        }

        return new WorkletAction(plan ?? context.Session.Empty(context, context.Instance.TaskName), values);
    }
}
