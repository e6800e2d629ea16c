using Informatica2Spark.Core.Model;

namespace Informatica2Spark.Core.Parsing;

/// <summary>
/// An <see cref="IExportSink"/> that keeps everything and builds the whole <see cref="ExportDocument"/>. Each folder,
/// once complete, is also handed to <paramref name="folderCompleted"/> with the document read so far, so a consumer
/// can start on it while the rest of the export is read.
/// </summary>
public sealed class DocumentCollector(Action<ExportDocument, Folder>? folderCompleted = null) : IExportSink
{
    private readonly List<(string Name, string? Version, string? CodePage, string? DatabaseType, TextPosition Position, List<Folder> Folders)> _repositories = [];
    private readonly List<RepositoryInfo> _complete = [];
    private readonly Dictionary<Type, List<IModelObject>> _objects = [];
    private string _path = string.Empty;
    private string? _creationDate;
    private string? _repositoryVersion;
    private string? _encoding;

    public void OnDocument(string path, string? creationDate, string? repositoryVersion, string? encoding) =>
        (_path, _creationDate, _repositoryVersion, _encoding) = (path, creationDate, repositoryVersion, encoding);

    public void OnRepository(string name, string? version, string? codePage, string? databaseType, TextPosition position)
    {
        // The repository before this one is complete: its snapshot serves every later one.
        if (_repositories.Count > 0)
        {
            _complete.Add(Snapshot(_repositories[^1]));
        }

        _repositories.Add((name, version, codePage, databaseType, position, []));
    }

    public void OnFolderStart(FolderHeader folder) => _objects.Clear();

    public void OnObject(FolderHeader folder, IModelObject item)
    {
        if (!_objects.TryGetValue(item.GetType(), out var list))
        {
            _objects[item.GetType()] = list = [];
        }

        list.Add(item);
    }

    public void OnFolderEnd(FolderHeader folder)
    {
        if (_repositories.Count == 0)
        {
            _repositories.Add((folder.RepositoryName, null, null, null, TextPosition.Unknown, []));
        }

        _repositories[^1].Folders.Add(new Folder(
            folder,
            Of<SourceDefinition>(),
            Of<TargetDefinition>(),
            Of<Transformation>(),
            Of<Mapplet>(),
            Of<Mapping>(),
            Of<Shortcut>(),
            Of<ConfigObject>(),
            Of<Scheduler>(),
            Of<TaskDefinition>(),
            Of<Session>(),
            Of<Worklet>(),
            Of<Workflow>(),
            Of<ExpressionMacro>()));
        _objects.Clear();
        folderCompleted?.Invoke(Build(), _repositories[^1].Folders[^1]);
    }

    /// <summary>
    /// The document as read so far; later folders do not change it. Repositories already complete are the same
    /// objects in every such document, so handing one out per folder costs the repository being read, not the export.
    /// </summary>
    public ExportDocument Build() => new(
        _path,
        _creationDate,
        _repositoryVersion,
        _encoding,
        _repositories.Count == 0 ? [] : [.. _complete, Snapshot(_repositories[^1])]);

    private static RepositoryInfo Snapshot((string Name, string? Version, string? CodePage, string? DatabaseType, TextPosition Position, List<Folder> Folders) r) =>
        new(r.Name, r.Version, r.CodePage, r.DatabaseType, r.Folders.ToList(), r.Position);

    private List<T> Of<T>() where T : IModelObject =>
        _objects.TryGetValue(typeof(T), out var list) ? list.Cast<T>().ToList() : [];
}
