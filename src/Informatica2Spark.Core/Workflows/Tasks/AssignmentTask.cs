namespace Informatica2Spark.Core.Workflows.Tasks;

/// <summary>
/// An Assignment task: each <c>VALUEPAIR</c> assigns the value of an expression to a workflow variable, in order, when
/// the optional "Assignment Condition" holds (WBG: Assignment Task).
/// </summary>
public sealed class AssignmentTask : ITaskReader
{
    public IReadOnlyList<string> Types => ["Assignment"];

    public TaskKind Kind => TaskKind.Assignment;

    public TaskAction Read(TaskReadContext context)
    {
        var pairs = context.Definition?.ValuePairs ?? [];
        var assignments = pairs.Select(p => new PlanAssignment(p.Name, context.Expression(p.Value, $"value assigned to {p.Name}"))).ToList();
        var condition = context.Attribute("Assignment Condition") is { Length: > 0 } text && !string.IsNullOrWhiteSpace(text)
            ? context.Expression(text, "assignment condition")
            : null;
        return new AssignmentAction(assignments, condition);
    }
}
