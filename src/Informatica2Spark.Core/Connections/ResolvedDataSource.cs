using Informatica2Spark.Core.Diagnostics;

namespace Informatica2Spark.Core.Connections;

/// <summary>Whether a data source is read or written.</summary>
public enum DataSourceRole
{
    Source,
    Target,
}

/// <summary>One Spark option: a plain value, or a secret reference the job resolves at run time (never both).</summary>
public sealed record SparkOption(string Key, string? Value, SecretReference? Secret = null)
{
    public override string ToString() => Secret is null ? $"{Key}={Value}" : $"{Key}=<secret {Secret}>";
}

/// <summary>A session's source or target as a Spark data source: the catalog entry it uses and its options, in order.</summary>
public sealed record ResolvedDataSource(
    string InstanceName,
    DataSourceRole Role,
    string? ConnectionName,
    CatalogEntry? Entry,
    IReadOnlyList<SparkOption> Options,
    SourceLocation Location)
{
    /// <summary>An indirect flat-file source: the path names a file that lists the files to read, one per line.</summary>
    public bool PathIsFileList { get; init; }
}

/// <summary>The data sources of one session and what resolving them found.</summary>
public sealed record ConnectionResolution(IReadOnlyList<ResolvedDataSource> DataSources, IReadOnlyList<Diagnostic> Diagnostics);
