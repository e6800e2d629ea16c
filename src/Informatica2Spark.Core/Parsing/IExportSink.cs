using Informatica2Spark.Core.Model;

namespace Informatica2Spark.Core.Parsing;

/// <summary>
/// Receives an export as it streams by: each folder's header, then each top-level folder object fully built
/// (<see cref="SourceDefinition"/>, <see cref="TargetDefinition"/>, <see cref="Transformation"/>, <see cref="Mapplet"/>,
/// <see cref="Mapping"/>, <see cref="Shortcut"/>, <see cref="ConfigObject"/>, <see cref="Scheduler"/>,
/// <see cref="TaskDefinition"/>, <see cref="Session"/>, <see cref="Worklet"/>, <see cref="Workflow"/>,
/// <see cref="ExpressionMacro"/>), then the folder's end. A consumer that keeps only what it needs reads an export
/// of any size in bounded memory.
/// </summary>
public interface IExportSink
{
    void OnDocument(string path, string? creationDate, string? repositoryVersion, string? encoding);

    void OnRepository(string name, string? version, string? codePage, string? databaseType, TextPosition position);

    void OnFolderStart(FolderHeader folder);

    void OnObject(FolderHeader folder, IModelObject item);

    void OnFolderEnd(FolderHeader folder);
}
