using Informatica2Spark.Core.Diagnostics;
using Informatica2Spark.Core.Parameters;

namespace Informatica2Spark.Core.Connections;

/// <summary>One Spark option: a plain value, or a secret reference the job resolves at run time (never both).</summary>
public sealed record SparkOption(string Key, string? Value, SecretReference? Secret = null)
{
    /// <summary><c>key=value</c>, or <c>key=&lt;secret REFERENCE&gt;</c>: names where a secret lives, never its value.</summary>
    public override string ToString() => Secret is null ? $"{Key}={Value}" : $"{Key}=<secret {Secret}>";
}

/// <summary>
/// A session's source, target or lookup as a Spark data source: the catalog entry it uses, the kind that decided its
/// options (the entry's type, or the session's connection subtype), and its options, in order.
/// </summary>
public sealed record ResolvedDataSource(
    string InstanceName,
    DataSourceRole Role,
    string? ConnectionName,
    CatalogEntry? Entry,
    IReadOnlyList<SparkOption> Options,
    SourceLocation Location)
{
    /// <summary>The kind the options were made for; null when the use names no catalogued connection.</summary>
    public ConnectionKind? Kind { get; init; }

    /// <summary>An indirect flat-file source: the path names a file that lists the files to read, one per line.</summary>
    public bool PathIsFileList { get; init; }
}

/// <summary>The data sources of one session and what resolving them found.</summary>
public sealed record ConnectionResolution(IReadOnlyList<ResolvedDataSource> DataSources, IReadOnlyList<Diagnostic> Diagnostics);
