namespace Informatica2Spark.Core.Model;

/// <summary>One export file (<c>POWERMART</c>): the repositories it holds and where it came from.</summary>
public sealed record ExportDocument(
    string Path,
    string? CreationDate,
    string? RepositoryVersion,
    string? Encoding,
    IReadOnlyList<RepositoryInfo> Repositories)
{
    public IEnumerable<Folder> Folders => Repositories.SelectMany(r => r.Folders);
}

/// <summary><c>REPOSITORY</c>: name, version, code page and database type, and its folders.</summary>
public sealed record RepositoryInfo(
    string Name,
    string? Version,
    string? CodePage,
    string? DatabaseType,
    IReadOnlyList<Folder> Folders,
    TextPosition Position);

/// <summary>The identity of a folder, without its contents: what streaming consumers receive first.</summary>
public sealed record FolderHeader(
    string RepositoryName,
    string Name,
    string? Description,
    bool? Shared,
    string? Owner,
    string? Uuid,
    TextPosition Position);

/// <summary><c>FOLDER</c> with every kind of object it can hold, each list in file order.</summary>
public sealed record Folder(
    FolderHeader Header,
    IReadOnlyList<SourceDefinition> Sources,
    IReadOnlyList<TargetDefinition> Targets,
    IReadOnlyList<Transformation> Transformations,
    IReadOnlyList<Mapplet> Mapplets,
    IReadOnlyList<Mapping> Mappings,
    IReadOnlyList<Shortcut> Shortcuts,
    IReadOnlyList<ConfigObject> Configs,
    IReadOnlyList<Scheduler> Schedulers,
    IReadOnlyList<TaskDefinition> Tasks,
    IReadOnlyList<Session> Sessions,
    IReadOnlyList<Worklet> Worklets,
    IReadOnlyList<Workflow> Workflows,
    IReadOnlyList<ExpressionMacro> Macros)
{
    public string Name => Header.Name;
}
