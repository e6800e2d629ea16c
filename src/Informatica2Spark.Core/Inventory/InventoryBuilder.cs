using Informatica2Spark.Core.Model;
using Informatica2Spark.Core.Parsing;

namespace Informatica2Spark.Core.Inventory;

/// <summary>An <see cref="IExportSink"/> that counts and names what each folder holds.</summary>
public sealed class InventoryBuilder : IExportSink
{
    private readonly List<FolderInventory> _folders = [];
    private readonly List<IModelObject> _objects = [];

    public IReadOnlyList<FolderInventory> Folders => _folders;

    public void OnDocument(string path, string? creationDate, string? repositoryVersion, string? encoding)
    {
    }

    public void OnRepository(string name, string? version, string? codePage, string? databaseType, TextPosition position)
    {
    }

    public void OnFolderStart(FolderHeader folder) => _objects.Clear();

    public void OnObject(FolderHeader folder, IModelObject item)
    {
        // Keep what the inventory needs: containers whole (for runs), everything else as a name and type.
        _objects.Add(item switch
        {
            Mapping m => m with { Instances = [], Connectors = [], Variables = [], Transformations = m.Transformations.Select(Slim).ToList() },
            Mapplet m => m with { Instances = [], Connectors = [], Variables = [], Transformations = m.Transformations.Select(Slim).ToList() },
            Transformation t => Slim(t),
            _ => item,
        });
    }

    public void OnFolderEnd(FolderHeader folder)
    {
        var workflows = _objects.OfType<Workflow>().ToList();
        var reusableWorklets = _objects.OfType<Worklet>().ToList();
        var reusableSessions = _objects.OfType<Session>().ToList();
        var sessionMappings = reusableSessions.ToDictionary(s => s.Name, s => s.MappingName, StringComparer.OrdinalIgnoreCase);
        var worklets = reusableWorklets.ToDictionary(w => w.Name, w => w, StringComparer.OrdinalIgnoreCase);

        var allSessions = reusableSessions.Select(s => s.Name)
            .Concat(workflows.SelectMany(w => NestedSessions(w)))
            .Concat(reusableWorklets.SelectMany(w => NestedSessions(w)));
        var allWorklets = reusableWorklets.Select(w => w.Name)
            .Concat(workflows.SelectMany(w => NestedWorklets(w)))
            .Concat(reusableWorklets.SelectMany(w => NestedWorklets(w)));
        var transformations = _objects.OfType<Transformation>()
            .Concat(_objects.OfType<Mapping>().SelectMany(m => m.Transformations))
            .Concat(_objects.OfType<Mapplet>().SelectMany(m => m.Transformations.Where(t => t.Type != "Mapplet")));

        var runs = new List<SessionRun>();
        foreach (var workflow in workflows)
        {
            CollectRuns(workflow.Name, [], workflow, sessionMappings, worklets, runs, depth: 0);
        }

        _folders.Add(new FolderInventory(
            folder.RepositoryName,
            folder.Name,
            NamedObjects.Of(allSessions),
            NamedObjects.Of(_objects.OfType<Mapping>().Select(m => m.Name)),
            NamedObjects.Of(workflows.Select(w => w.Name)),
            NamedObjects.Of(allWorklets),
            NamedObjects.Of(_objects.OfType<Mapplet>().Select(m => m.Name)),
            transformations.GroupBy(t => t.Type, StringComparer.Ordinal)
                .Select(g => new TypeCount(g.Key, g.Count()))
                .OrderBy(t => t.Type, StringComparer.Ordinal).ToList(),
            runs.OrderBy(r => r.Workflow, StringComparer.Ordinal)
                .ThenBy(r => string.Join('/', r.WorkletPath), StringComparer.Ordinal)
                .ThenBy(r => r.TaskInstance, StringComparer.Ordinal).ToList()));
        _objects.Clear();
    }

    private static Transformation Slim(Transformation t) =>
        t with { Ports = [], TableAttributes = [], InitProperties = [], Groups = [] };

    private static IEnumerable<string> NestedSessions(IWorkflowContainer container) =>
        container.Sessions.Select(s => s.Name).Concat(container.Worklets.SelectMany(NestedSessions));

    private static IEnumerable<string> NestedWorklets(IWorkflowContainer container) =>
        container.Worklets.SelectMany(w => NestedWorklets(w).Prepend(w.Name));

    private static void CollectRuns(
        string workflow,
        IReadOnlyList<string> workletPath,
        IWorkflowContainer container,
        Dictionary<string, string> reusableSessions,
        Dictionary<string, Worklet> reusableWorklets,
        List<SessionRun> runs,
        int depth)
    {
        if (depth > 32)
        {
            return; // a worklet that contains itself; the reference rules report broken structure
        }

        foreach (var instance in container.TaskInstances)
        {
            if (instance.TaskType.Equals("Session", StringComparison.OrdinalIgnoreCase))
            {
                var mapping = instance.Reusable
                    ? reusableSessions.GetValueOrDefault(instance.TaskName)
                    : container.Sessions.FirstOrDefault(s => s.Name.Equals(instance.TaskName, StringComparison.OrdinalIgnoreCase))?.MappingName;
                runs.Add(new SessionRun(workflow, workletPath, instance.Name, instance.TaskName, mapping));
            }
            else if (instance.TaskType.Equals("Worklet", StringComparison.OrdinalIgnoreCase))
            {
                var worklet = instance.Reusable
                    ? reusableWorklets.GetValueOrDefault(instance.TaskName)
                    : container.Worklets.FirstOrDefault(w => w.Name.Equals(instance.TaskName, StringComparison.OrdinalIgnoreCase));
                if (worklet is not null)
                {
                    CollectRuns(workflow, [.. workletPath, instance.Name], worklet, reusableSessions, reusableWorklets, runs, depth + 1);
                }
            }
        }
    }
}
