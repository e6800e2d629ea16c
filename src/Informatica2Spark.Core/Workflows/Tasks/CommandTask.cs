namespace Informatica2Spark.Core.Workflows.Tasks;

/// <summary>
/// A Command task: its commands (<c>VALUEPAIR</c> name and shell text) in their order, and "Fail task if any command
/// fails" (default NO: the task then fails only when the last command fails; WBG: Command Task).
/// </summary>
public sealed class CommandTask : ITaskReader
{
    public IReadOnlyList<string> Types => ["Command"];

    public TaskKind Kind => TaskKind.Command;

    public TaskAction Read(TaskReadContext context)
    {
        var pairs = context.Instance.ValuePairs.Count > 0 ? context.Instance.ValuePairs : context.Definition?.ValuePairs ?? [];
        if (pairs.Count == 0)
        {
            context.Note(NoteKind.Approximation, "the command task has no command; it succeeds without doing anything");
        }

        return new CommandAction([.. pairs.Select(p => new PlanCommand(p.Name, p.Value))], context.Flag("Fail task if any command fails"));
    }
}
