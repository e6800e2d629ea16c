namespace Informatica2Spark.Core.Workflows.Tasks;

/// <summary>
/// An Event-Wait task: a user-defined event ("User Defined Event") or a file watch ("Filewatch Name", "Delete
/// Filewatch File") (WBG: Event-Wait Task).
/// </summary>
public sealed class EventWaitTask : ITaskReader
{
    public IReadOnlyList<string> Types => ["EventWait"];

    public TaskKind Kind => TaskKind.EventWait;

    public TaskAction Read(TaskReadContext context)
    {
        var user = Value(context.Attribute("User Defined Event"));
        var file = Value(context.Attribute("Filewatch Name"));
        if (user is null && file is null)
        {
            context.Note(NoteKind.Error, "the event-wait task names neither a user-defined event nor a file to watch; it waits for nothing");
        }

        return new EventWaitAction(user, file, context.Flag("Delete Filewatch File"));
    }

    internal static string? Value(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
