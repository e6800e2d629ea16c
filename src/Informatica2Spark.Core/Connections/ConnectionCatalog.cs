using Informatica2Spark.Core.Diagnostics;
using Informatica2Spark.Core.Parameters;

namespace Informatica2Spark.Core.Connections;

/// <summary>
/// One named connection of one environment, as the catalog describes it. Passwords are references only. A relational
/// entry may leave <see cref="Kind"/> out: the session's CONNECTIONSUBTYPE then decides the driver and URL form.
/// </summary>
public sealed record CatalogEntry(
    string Name,
    ConnectionKind? Kind,
    string? Url,
    string? Host,
    int? Port,
    string? Database,
    string? Service,
    string? Driver,
    string? User,
    SecretReference? Password,
    string? Path,
    string? Format,
    string? BootstrapServers,
    string? Topic,
    IReadOnlyList<CatalogOption> Options,
    SourceLocation Location);

/// <summary>An extra Spark option of a catalog entry, in file order.</summary>
public sealed record CatalogOption(string Key, string Value);

/// <summary>A connection catalog: entries per environment, and the environment used when none is chosen.</summary>
public sealed record ConnectionCatalog(string File, string? DefaultEnvironment, IReadOnlyList<CatalogEnvironment> Environments)
{
    /// <summary>
    /// The environment to use: the one asked for (<c>--env</c>), else <c>I2S_ENV</c>, else the catalog's default,
    /// else its only environment.
    /// </summary>
    public (CatalogEnvironment? Environment, Diagnostic? Problem) Select(string? requested, string? fromEnvironment)
    {
        var name = requested ?? fromEnvironment ?? DefaultEnvironment ?? (Environments.Count == 1 ? Environments[0].Name : null);
        if (name is null)
        {
            return (null, DiagnosticCodes.CatalogEnvironmentUnknown.Create(
                Environments.Count == 0
                    ? "the catalog defines no environment: list them under 'environments'"
                    : $"the catalog has several environments ({string.Join(", ", Environments.Select(e => e.Name))}) and no default: choose one with --env or I2S_ENV",
                new SourceLocation(File)));
        }

        var environment = Environments.FirstOrDefault(e => e.Name.Equals(name, StringComparison.OrdinalIgnoreCase));
        return environment is not null
            ? (environment, null)
            : (null, DiagnosticCodes.CatalogEnvironmentUnknown.Create(
                $"environment '{name}' is not in the catalog (it has {string.Join(", ", Environments.Select(e => e.Name))})", new SourceLocation(File)));
    }
}

/// <summary>
/// A directory of the Integration Service's machine (<c>C:\ETL\SrcFiles</c>, <c>\\filer\etl</c>) and the path the
/// cluster reads it under (<c>/data/etl/src</c>, <c>abfss://etl@lake.dfs.core.windows.net/src</c>): a file path that
/// starts with <see cref="From"/> (compared case-insensitively, <c>\</c> and <c>/</c> alike) starts with <see cref="To"/> instead.
/// </summary>
public sealed record DirectoryMapping(string From, string To, SourceLocation Location);

/// <summary>The entries of one environment, found by Informatica connection name (case-insensitively).</summary>
public sealed record CatalogEnvironment(string Name, IReadOnlyList<CatalogEntry> Entries)
{
    /// <summary>The catalog's directory mappings (its top-level <c>directories</c>), in file order; the first that matches applies.</summary>
    public IReadOnlyList<DirectoryMapping> Directories { get; init; } = [];

    public CatalogEntry? Find(string connectionName) =>
        Entries.FirstOrDefault(e => e.Name.Equals(connectionName, StringComparison.OrdinalIgnoreCase));
}
