using Informatica2Spark.Core.Model;

namespace Informatica2Spark.Core.Workflows.Tasks;

/// <summary>
/// A session instance: the session it runs (the folder's reusable one, or the container's own) and the directory of the
/// job this conversion generated for this occurrence (WBG: Session Task).
/// </summary>
public sealed class SessionTask : ITaskReader
{
    public IReadOnlyList<string> Types => ["Session"];

    public TaskKind Kind => TaskKind.Session;

    public TaskAction Read(TaskReadContext context)
    {
        var session = Find(context);
        var path = ObjectPath.Child(context.ContainerPath, ObjectPath.Session, context.Instance.Name);
        var job = context.Session.JobDirectory(path);
        if (session is null)
        {
            context.Note(NoteKind.Error, $"the session '{context.Instance.TaskName}' is not in the export; the task has no job to run");
        }
        else if (job is null)
        {
            context.Note(NoteKind.Unsupported, $"the session '{session.Name}' was not converted in this run; the task has no job to run");
        }

        return new SessionAction(context.Instance.TaskName, session?.MappingName, path, job);
    }

    /// <summary>The session an instance runs: the folder's reusable session, or one defined in the container.</summary>
    public static Session? Find(TaskReadContext context) =>
        (context.Instance.Reusable ? context.Folder.Sessions : context.Container.Sessions)
            .FirstOrDefault(s => s.Name.Equals(context.Instance.TaskName, StringComparison.OrdinalIgnoreCase));
}
