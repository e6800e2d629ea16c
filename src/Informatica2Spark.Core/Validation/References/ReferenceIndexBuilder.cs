using Informatica2Spark.Core.Diagnostics;
using Informatica2Spark.Core.Model;
using Informatica2Spark.Core.Parsing;

namespace Informatica2Spark.Core.Validation.References;

/// <summary>An <see cref="IExportSink"/> that keeps only what the reference rules need.</summary>
public sealed class ReferenceIndexBuilder(string file) : IExportSink
{
    private FolderIndex? _folder;

    public ReferenceIndex Index { get; } = new(file);

    public void OnDocument(string path, string? creationDate, string? repositoryVersion, string? encoding)
    {
    }

    public void OnRepository(string name, string? version, string? codePage, string? databaseType, TextPosition position)
    {
    }

    public void OnFolderStart(FolderHeader folder)
    {
        _folder = Index.Folder(folder.Name);
        if (_folder is null)
        {
            _folder = new FolderIndex(folder.Name);
            Index.Folders.Add(_folder);
        }
    }

    public void OnFolderEnd(FolderHeader folder) => _folder = null;

    public void OnObject(FolderHeader folder, IModelObject item)
    {
        var f = _folder!;
        switch (item)
        {
            case SourceDefinition s:
                var sourceFields = FieldNames(s.Fields.Select(x => x.Name));
                f.SourceFields.TryAdd(s.Name, sourceFields);
                f.SourceFieldsByDbd[s.DbdName + "/" + s.Name] = sourceFields;
                break;
            case TargetDefinition t:
                f.TargetFields[t.Name] = FieldNames(t.Fields.Select(x => x.Name));
                break;
            case Transformation t:
                f.TransformationPorts[t.Name] = FieldNames(t.Ports.Select(p => p.Name));
                break;
            case Mapplet m:
                f.MappletPorts[m.Name] = FieldNames(MappletInterface(m).SelectMany(t => t.Ports.Select(p => p.Name)));
                AddBody(f, Body(ObjectPath.Child(f.Name, ObjectPath.Mapplet, m.Name), m.Instances, m.Transformations, m.Connectors));
                break;
            case Mapping m:
                f.Mappings.Add(m.Name);
                AddBody(f, Body(ObjectPath.Child(f.Name, ObjectPath.Mapping, m.Name), m.Instances, m.Transformations, m.Connectors));
                break;
            case Shortcut s:
                f.Shortcuts[s.Name] = new ShortcutEntry(s.Name, s.RefObjectName, s.FolderName, s.ObjectType, s.Position,
                    ObjectPath.Child(f.Name, ObjectPath.Shortcut, s.Name));
                break;
            case TaskDefinition t:
                f.Tasks.Add(t.Name);
                break;
            case Session s:
                f.Sessions.Add(s.Name);
                AddSession(f, f.Name, s);
                break;
            case Worklet w:
                f.Worklets.Add(w.Name);
                AddContainer(f, ObjectPath.Child(f.Name, ObjectPath.Worklet, w.Name), w);
                break;
            case Workflow w:
                AddContainer(f, ObjectPath.Child(f.Name, ObjectPath.Workflow, w.Name), w);
                break;
        }
    }

    /// <summary>
    /// Checks a body at once when every definition it names is already known (the usual file order), so nothing
    /// is retained; otherwise keeps it for the end of the file, when later definitions and shortcuts are known.
    /// </summary>
    private void AddBody(FolderIndex folder, MappingEntry body)
    {
        if (ConnectorRule.AllDefinitionsKnown(Index, folder, body))
        {
            var findings = new DiagnosticBag();
            ConnectorRule.CheckBody(Index, folder, body, findings);
            Index.EarlyFindings.AddRange(findings.Items);
        }
        else
        {
            folder.MappingBodies.Add(body);
        }
    }

    private static void AddSession(FolderIndex folder, string parentPath, Session session) =>
        folder.SessionReferences.Add(new SessionEntry(session.Name, session.MappingName, session.Position,
            ObjectPath.Child(parentPath, ObjectPath.Session, session.Name)));

    private static void AddContainer(FolderIndex folder, string path, IWorkflowContainer container)
    {
        foreach (var session in container.Sessions)
        {
            AddSession(folder, path, session);
        }

        foreach (var worklet in container.Worklets)
        {
            AddContainer(folder, ObjectPath.Child(path, ObjectPath.Worklet, worklet.Name), worklet);
        }

        folder.Containers.Add(new ContainerEntry(
            path,
            container.Tasks.Select(t => t.Name).ToHashSet(ReferenceIndex.Names),
            container.Sessions.Select(s => s.Name).ToHashSet(ReferenceIndex.Names),
            container.Worklets.Select(w => w.Name).ToHashSet(ReferenceIndex.Names),
            container.TaskInstances.Select(t => new TaskInstanceEntry(t.Name, t.TaskName, t.TaskType, t.Reusable, t.Position)).ToList(),
            container.Links));
    }

    private static MappingEntry Body(string path, IReadOnlyList<Instance> instances, IReadOnlyList<Transformation> local, IReadOnlyList<Connector> connectors)
    {
        var ports = new Dictionary<string, HashSet<string>>(ReferenceIndex.Names);
        foreach (var t in local)
        {
            ports[t.Name] = FieldNames(t.Ports.Select(p => p.Name));
        }

        return new MappingEntry(path, instances, ports, connectors);
    }

    /// <summary>
    /// The transformations whose ports a mapplet instance exposes: the mapplet's own interface transformation
    /// (TYPE Mapplet) when the export has one, else its Input and Output transformations.
    /// </summary>
    private static IEnumerable<Transformation> MappletInterface(Mapplet mapplet)
    {
        var own = mapplet.Transformations.Where(t => t.Type == "Mapplet").ToList();
        return own.Count > 0 ? own : mapplet.Transformations.Where(t => t.Type is "Input Transformation" or "Output Transformation");
    }

    private static HashSet<string> FieldNames(IEnumerable<string> names) => names.ToHashSet(ReferenceIndex.Names);
}
