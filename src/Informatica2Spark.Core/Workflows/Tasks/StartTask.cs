namespace Informatica2Spark.Core.Workflows.Tasks;

/// <summary>The Start task: it starts the links that leave it (WBG: Workflow Tasks, Start Task).</summary>
public sealed class StartTask : ITaskReader
{
    public IReadOnlyList<string> Types => ["Start"];

    public TaskKind Kind => TaskKind.Start;

    public TaskAction Read(TaskReadContext context) => new StartAction();
}
