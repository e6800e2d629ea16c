namespace Informatica2Spark.Core.Workflows.Tasks;

/// <summary>An Event-Raise task: the user-defined event it raises ("User Defined Event") (WBG: Event-Raise Task).</summary>
public sealed class EventRaiseTask : ITaskReader
{
    public IReadOnlyList<string> Types => ["EventRaise"];

    public TaskKind Kind => TaskKind.EventRaise;

    public TaskAction Read(TaskReadContext context)
    {
        var user = EventWaitTask.Value(context.Attribute("User Defined Event"));
        if (user is null)
        {
            context.Note(NoteKind.Error, "the event-raise task names no user-defined event; it raises nothing");
        }

        return new EventRaiseAction(user);
    }
}
