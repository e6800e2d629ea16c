using Informatica2Spark.Core.Model;

namespace Informatica2Spark.Core.Sessions;

/// <summary>
/// One place a session runs: a reusable session at folder level run by no workflow, a non-reusable session inside a
/// workflow or worklet, or a workflow's task instance of a reusable session (with the instance's overrides). A mapping
/// that no session of the export runs is an occurrence too (<see cref="RunsNoSession"/>), with the session the
/// Workflow Manager would create for it: named <c>s_MAPPING</c> and holding only the folder's default session config
/// (Workflow Basics Guide, Using the Workflow Wizard, Step 2: the wizard names a session s_MappingName by default).
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

    /// <summary>
    /// Whether this is a mapping no session runs, with a session of default settings made for it; its object path is
    /// the mapping's (<c>FOLDER/M:mapping</c>).
    /// </summary>
    public bool RunsNoSession { get; init; }

    /// <summary><c>FOLDER/WF:wf/WL:wl/ST:s</c>; <c>FOLDER/ST:s</c> for a reusable session no workflow runs; <c>FOLDER/M:m</c> for a mapping no session runs.</summary>
    public string ObjectPath
    {
        get
        {
            if (RunsNoSession)
            {
                return Model.ObjectPath.Child(Folder, Model.ObjectPath.Mapping, Session.MappingName);
            }

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

    /// <summary>
    /// The mappings of <paramref name="folder"/> that no session of the document runs (directly or through a shortcut
    /// in another folder), each as an occurrence of the session the Workflow Manager would create for it: named
    /// <c>s_MAPPING</c>, with the folder's default session config and no other setting.
    /// </summary>
    public static IReadOnlyList<SessionOccurrence> OfUnrunMappings(ExportDocument document, string repository, Folder folder) =>
        OfUnrunMappings(repository, folder, RunMappings(document));

    /// <summary>
    /// The mappings some session of the document runs, as (folder, mapping) in upper case: computed once per document
    /// and passed to <see cref="OfUnrunMappings(string, Folder, IReadOnlySet{ValueTuple{string, string}})"/>
    /// for each folder, so an export of many folders is not scanned once per folder.
    /// </summary>
    public static IReadOnlySet<(string Folder, string Mapping)> RunMappings(ExportDocument document) =>
        document.Folders.SelectMany(f => AllSessions(f).Select(s => SessionConfigBuilder.FindMapping(document, f, s.MappingName)))
            .Where(m => m.Mapping is not null)
            .Select(m => (m.Folder.Name.ToUpperInvariant(), m.Mapping!.Name.ToUpperInvariant()))
            .ToHashSet();

    /// <summary>The mappings of <paramref name="folder"/> not in <paramref name="run"/> (<see cref="RunMappings"/> of the document).</summary>
    public static IReadOnlyList<SessionOccurrence> OfUnrunMappings(string repository, Folder folder, IReadOnlySet<(string Folder, string Mapping)> run)
    {
        var config = folder.Configs.FirstOrDefault(c => c.IsDefault) is { } defaults ? new ConfigReference(defaults.Name, "Session config", []) : null;
        return
        [
            .. folder.Mappings.Where(m => !run.Contains((folder.Name.ToUpperInvariant(), m.Name.ToUpperInvariant())))
                .Select(m => new SessionOccurrence(repository, folder.Name, null, [],
                    new Session("s_" + m.Name, m.Name, true, m.IsValid, null, [], config, [], [], [], m.Position), null) { RunsNoSession = true }),
        ];
    }

    private static IEnumerable<Session> AllSessions(Folder folder) =>
        folder.Sessions.Concat(folder.Workflows.Cast<IWorkflowContainer>().Concat(folder.Worklets).SelectMany(Containers).SelectMany(c => c.Sessions));

    private static IEnumerable<IWorkflowContainer> Containers(IWorkflowContainer container) =>
        container.Worklets.SelectMany(Containers).Prepend(container);

    /// <summary>The session occurrences of one folder.</summary>
    public static IReadOnlyList<SessionOccurrence> Of(string repository, Folder folder)
    {
        var result = new List<SessionOccurrence>();
        var reusableSessions = folder.Sessions.ToDictionary(s => s.Name, StringComparer.OrdinalIgnoreCase);
        var reusableWorklets = folder.Worklets.ToDictionary(w => w.Name, StringComparer.OrdinalIgnoreCase);
        var run = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var walking = new List<IWorkflowContainer>();
        foreach (var workflow in folder.Workflows)
        {
            Walk(workflow.Name, workflow, []);
        }

        result.AddRange(folder.Sessions.Where(s => !run.Contains(s.Name))
            .Select(s => new SessionOccurrence(repository, folder.Name, null, [], s, null)));
        return result;

        void Walk(string workflow, IWorkflowContainer container, IReadOnlyList<string> path)
        {
            // A worklet met again inside itself runs nothing more (the workflow plan reports the loop).
            if (path.Count > 32 || walking.Any(c => ReferenceEquals(c, container)))
            {
                return;
            }

            walking.Add(container);
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

            walking.RemoveAt(walking.Count - 1);
        }
    }
}
