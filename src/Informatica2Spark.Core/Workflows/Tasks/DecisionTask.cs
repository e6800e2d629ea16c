namespace Informatica2Spark.Core.Workflows.Tasks;

/// <summary>
/// A Decision task: its condition (the export keeps it in the attribute "Decision Name"), whose result the links
/// after it read as <c>$decision.Condition</c> (WBG: Decision Task).
/// </summary>
public sealed class DecisionTask : ITaskReader
{
    public IReadOnlyList<string> Types => ["Decision"];

    public TaskKind Kind => TaskKind.Decision;

    public TaskAction Read(TaskReadContext context) =>
        new DecisionAction(context.Attribute("Decision Name") is { } text && !string.IsNullOrWhiteSpace(text) ? context.Expression(text, "decision condition") : null);
}
