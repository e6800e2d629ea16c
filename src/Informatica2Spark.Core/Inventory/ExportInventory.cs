namespace Informatica2Spark.Core.Inventory;

/// <summary>The inventory of the exports listed: per file, per folder.</summary>
public sealed record ExportInventory(IReadOnlyList<FileInventory> Files);

public sealed record FileInventory(string Path, IReadOnlyList<FolderInventory> Folders);

/// <summary>One folder's objects, transformation types and which workflow runs which session of which mapping.</summary>
public sealed record FolderInventory(
    string Repository,
    string Name,
    NamedObjects Sessions,
    NamedObjects Mappings,
    NamedObjects Workflows,
    NamedObjects Worklets,
    NamedObjects Mapplets,
    IReadOnlyList<TypeCount> TransformationTypes,
    IReadOnlyList<SessionRun> Runs);

/// <summary>How many objects of a kind, and their names in ordinal order.</summary>
public sealed record NamedObjects(int Count, IReadOnlyList<string> Names)
{
    public static NamedObjects Of(IEnumerable<string> names)
    {
        var list = names.Order(StringComparer.Ordinal).ToList();
        return new NamedObjects(list.Count, list);
    }
}

public sealed record TypeCount(string Type, int Count);

/// <summary>A workflow (through a worklet path) running a session instance of a session of a mapping.</summary>
public sealed record SessionRun(string Workflow, IReadOnlyList<string> WorkletPath, string TaskInstance, string Session, string? Mapping);
