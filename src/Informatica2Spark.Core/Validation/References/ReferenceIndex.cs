using Informatica2Spark.Core.Diagnostics;
using Informatica2Spark.Core.Model;

namespace Informatica2Spark.Core.Validation.References;

/// <summary>
/// What reference rules need from one export file, kept compact (names and field names, never whole objects) so
/// that exports of any size are checked in bounded memory. Object and field names compare case-insensitively, as
/// PowerCenter names do.
/// </summary>
public sealed class ReferenceIndex(string file)
{
    internal static readonly StringComparer Names = StringComparer.OrdinalIgnoreCase;

    public string File { get; } = file;

    public List<FolderIndex> Folders { get; } = [];

    /// <summary>Findings of mapping bodies already checked while streaming (see <see cref="ConnectorRule"/>).</summary>
    public List<Core.Diagnostics.Diagnostic> EarlyFindings { get; } = [];

    public FolderIndex? Folder(string name) => Folders.Find(f => Names.Equals(f.Name, name));

    public SourceLocation Locate(TextPosition position, string? objectPath) =>
        new(File, position.Line, position.Column, objectPath);

    /// <summary>The folder and name an object resolves to, following one shortcut when the name is a shortcut.</summary>
    public (FolderIndex Folder, string Name)? Resolve(FolderIndex folder, ShortcutObjectType type, string name)
    {
        if (folder.Has(type, name))
        {
            return (folder, name);
        }

        if (folder.Shortcuts.TryGetValue(name, out var shortcut) && shortcut.ObjectType == type
            && Folder(shortcut.FolderName) is { } target && target.Has(type, shortcut.RefObjectName))
        {
            return (target, shortcut.RefObjectName);
        }

        return null;
    }
}

/// <summary>One folder's names, field lists and the cross references to check at the end of the file.</summary>
public sealed class FolderIndex(string name)
{
    public string Name { get; } = name;

    public Dictionary<string, HashSet<string>> SourceFields { get; } = new(ReferenceIndex.Names);

    /// <summary>Sources by <c>DBDNAME/NAME</c>: two sources may share a name in different DBDs.</summary>
    public Dictionary<string, HashSet<string>> SourceFieldsByDbd { get; } = new(ReferenceIndex.Names);

    public Dictionary<string, HashSet<string>> TargetFields { get; } = new(ReferenceIndex.Names);

    public Dictionary<string, HashSet<string>> TransformationPorts { get; } = new(ReferenceIndex.Names);

    public Dictionary<string, HashSet<string>> MappletPorts { get; } = new(ReferenceIndex.Names);

    public HashSet<string> Mappings { get; } = new(ReferenceIndex.Names);

    public HashSet<string> Sessions { get; } = new(ReferenceIndex.Names);

    public HashSet<string> Tasks { get; } = new(ReferenceIndex.Names);

    public HashSet<string> Worklets { get; } = new(ReferenceIndex.Names);

    public Dictionary<string, ShortcutEntry> Shortcuts { get; } = new(ReferenceIndex.Names);

    public List<SessionEntry> SessionReferences { get; } = [];

    public List<ContainerEntry> Containers { get; } = [];

    /// <summary>Mapping and mapplet bodies naming definitions not seen yet when they were read: checked at the end.</summary>
    public List<MappingEntry> MappingBodies { get; } = [];

    public bool Has(ShortcutObjectType type, string name) => type switch
    {
        ShortcutObjectType.Source => SourceFields.ContainsKey(name),
        ShortcutObjectType.Target => TargetFields.ContainsKey(name),
        ShortcutObjectType.Transformation => TransformationPorts.ContainsKey(name),
        ShortcutObjectType.Mapplet => MappletPorts.ContainsKey(name),
        _ => Mappings.Contains(name),
    };

    public HashSet<string>? Fields(ShortcutObjectType type, string name) => type switch
    {
        ShortcutObjectType.Source => SourceFields.GetValueOrDefault(name),
        ShortcutObjectType.Target => TargetFields.GetValueOrDefault(name),
        ShortcutObjectType.Transformation => TransformationPorts.GetValueOrDefault(name),
        ShortcutObjectType.Mapplet => MappletPorts.GetValueOrDefault(name),
        _ => null,
    };
}

/// <summary>A shortcut's target.</summary>
public sealed record ShortcutEntry(string Name, string RefObjectName, string FolderName, ShortcutObjectType ObjectType, TextPosition Position, string Path);

/// <summary>A session and the mapping it runs.</summary>
public sealed record SessionEntry(string SessionName, string MappingName, TextPosition Position, string Path);

/// <summary>A workflow or worklet: its own tasks, sessions and worklets, its task instances and links.</summary>
public sealed record ContainerEntry(
    string Path,
    HashSet<string> LocalTasks,
    HashSet<string> LocalSessions,
    HashSet<string> LocalWorklets,
    IReadOnlyList<TaskInstanceEntry> TaskInstances,
    IReadOnlyList<WorkflowLink> Links);

/// <summary>A task instance: the task it names, its type and whether that task is reusable.</summary>
public sealed record TaskInstanceEntry(string Name, string TaskName, string TaskType, bool Reusable, TextPosition Position);

/// <summary>A mapping or mapplet body: its instances, local transformation ports and connectors.</summary>
public sealed record MappingEntry(
    string Path,
    IReadOnlyList<Instance> Instances,
    Dictionary<string, HashSet<string>> LocalPorts,
    IReadOnlyList<Connector> Connectors);
