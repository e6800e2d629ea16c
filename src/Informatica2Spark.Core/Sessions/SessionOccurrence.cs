using Informatica2Spark.Core.Model;

namespace Informatica2Spark.Core.Sessions;

/// <summary>
/// One place a session runs: a reusable session at folder level run by no workflow, a non-reusable session inside a
/// workflow or worklet, or a workflow's task instance of a reusable session (with the instance's overrides).
/// </summary>
public sealed record SessionOccurrence(
    string Repository,
    string Folder,
    string? Workflow,
    IReadOnlyList<string> WorkletPath,
    Session Session,
    TaskInstance? Instance)
{
    /// <summary>The name the session runs under: the task instance name in a workflow, else the session's name.</summary>
    public string Name => Instance?.Name ?? Session.Name;

    public string ObjectPath
    {
        get
        {
            var path = Workflow is null ? Folder : Model.ObjectPath.Child(Folder, Model.ObjectPath.Workflow, Workflow);
            path = WorkletPath.Aggregate(path, (p, w) => Model.ObjectPath.Child(p, Model.ObjectPath.Worklet, w));
            return Model.ObjectPath.Child(path, Model.ObjectPath.Session, Name);
        }
    }
}

/// <summary>Finds every session occurrence of an export, in file order.</summary>
public static class SessionOccurrences
{
    public static IReadOnlyList<SessionOccurrence> Of(ExportDocument document) =>
        document.Repositories.SelectMany(r => r.Folders.SelectMany(f => Of(r.Name, f))).ToList();

    /// <summary>Every session occurrence of the exports, with the document and folder it belongs to.</summary>
    public static IEnumerable<(ExportDocument Document, Folder Folder, SessionOccurrence Occurrence)> In(IEnumerable<ExportDocument> documents) =>
        documents.SelectMany(d => d.Repositories.SelectMany(r => r.Folders.SelectMany(f => Of(r.Name, f).Select(o => (d, f, o)))));

    /// <summary>The session occurrences of one folder.</summary>
    public static IReadOnlyList<SessionOccurrence> Of(string repository, Folder folder)
    {
        var result = new List<SessionOccurrence>();
        var reusableSessions = folder.Sessions.ToDictionary(s => s.Name, StringComparer.OrdinalIgnoreCase);
        var reusableWorklets = folder.Worklets.ToDictionary(w => w.Name, StringComparer.OrdinalIgnoreCase);
        var run = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var workflow in folder.Workflows)
        {
            Walk(workflow.Name, workflow, []);
        }

        result.AddRange(folder.Sessions.Where(s => !run.Contains(s.Name))
            .Select(s => new SessionOccurrence(repository, folder.Name, null, [], s, null)));
        return result;

        void Walk(string workflow, IWorkflowContainer container, IReadOnlyList<string> path)
        {
            if (path.Count > 32)
            {
                return; // a worklet that contains itself; reported by the reference rules
            }

            foreach (var instance in container.TaskInstances)
            {
                if (instance.TaskType.Equals("Session", StringComparison.OrdinalIgnoreCase))
                {
                    var session = instance.Reusable
                        ? reusableSessions.GetValueOrDefault(instance.TaskName)
                        : container.Sessions.FirstOrDefault(s => s.Name.Equals(instance.TaskName, StringComparison.OrdinalIgnoreCase));
                    if (session is not null)
                    {
                        run.Add(session.Name);
                        result.Add(new SessionOccurrence(repository, folder.Name, workflow, path, session, instance));
                    }
                }
                else if (instance.TaskType.Equals("Worklet", StringComparison.OrdinalIgnoreCase))
                {
                    var worklet = instance.Reusable
                        ? reusableWorklets.GetValueOrDefault(instance.TaskName)
                        : container.Worklets.FirstOrDefault(w => w.Name.Equals(instance.TaskName, StringComparison.OrdinalIgnoreCase));
                    if (worklet is not null)
                    {
                        Walk(workflow, worklet, [.. path, instance.Name]);
                    }
                }
            }
        }
    }
}
