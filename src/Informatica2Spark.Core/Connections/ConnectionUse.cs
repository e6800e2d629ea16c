using Informatica2Spark.Core.Diagnostics;

namespace Informatica2Spark.Core.Connections;

/// <summary>Whether a data source is read, written, or looked up.</summary>
public enum DataSourceRole
{
    Source,
    Target,
    Lookup,
}

/// <summary>
/// One place a session uses a connection, after parameter substitution: the input of the ConnectionManager.
/// <see cref="Reference"/> is what the session names, as text: a connection name (<c>DCS_ODS</c>), a typed name
/// (<c>Relational:DCS_ODS</c>), or a connection variable left as written when it has no value (<c>$DBConnection_X</c>);
/// null for a flat file that names no connection.
/// </summary>
/// <param name="ConnectionType">CONNECTIONTYPE as exported (<c>Relational</c>, <c>Queue</c>, <c>Application</c>, ...), if any.</param>
/// <param name="ConnectionSubType">CONNECTIONSUBTYPE (<c>Oracle</c>, <c>Microsoft SQL Server</c>, <c>ODBC</c>, ...): gives the JDBC driver and URL form to untyped entries.</param>
/// <param name="AccessType">The reader, writer or lookup extension subtype (<c>Relational Reader</c>, <c>File Writer</c>, <c>Relational Lookup</c>).</param>
public sealed record ConnectionUse(
    string InstanceName,
    DataSourceRole Role,
    string? Reference,
    string? ConnectionType,
    string? ConnectionSubType,
    string? AccessType,
    SourceLocation Location)
{
    /// <summary>The table, owner and query of a relational use.</summary>
    public RelationalObject? Table { get; init; }

    /// <summary>The directory and file name of a flat-file use; a flat-file use with a connection takes its base path from the catalog.</summary>
    public FileObject? File { get; init; }

    /// <summary>Parameters the reference, query or path names that have no value: each is reported, once.</summary>
    public IReadOnlyList<string> Unresolved { get; init; } = [];
}

/// <summary>A relational object: the table (with its owner or prefix) and the query to push down, when there is one.</summary>
public sealed record RelationalObject(string Table, string? Owner = null, string? Query = null)
{
    public string QualifiedTable => Owner is { Length: > 0 } ? $"{Owner}.{Table}" : Table;
}

/// <summary>A flat file: directory and file name as the session gives them; an indirect source lists the files to read.</summary>
public sealed record FileObject(string? Directory, string FileName, bool IsFileList = false);
