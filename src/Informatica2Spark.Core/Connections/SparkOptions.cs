using System.Globalization;

namespace Informatica2Spark.Core.Connections;

/// <summary>
/// Spark data source options of a catalog entry for one use, in a fixed order: what identifies the data first, then
/// the credentials (the password as a secret reference only), then the catalog's extra options as written.
/// </summary>
internal static class SparkOptions
{
    /// <summary>Options of a JDBC entry of <paramref name="kind"/> (the entry's type, or the session's connection subtype).</summary>
    public static IReadOnlyList<SparkOption> Jdbc(CatalogEntry entry, ConnectionKind kind, RelationalObject? table)
    {
        var defaults = ConnectionKinds.JdbcOf(kind);
        var options = new List<SparkOption>
        {
            new("format", "jdbc"),
            new("url", entry.Url ?? Url(entry, defaults)),
        };
        if ((entry.Driver ?? defaults?.Driver) is { } driver)
        {
            options.Add(new SparkOption("driver", driver));
        }

        if (table is not null)
        {
            options.Add(table.Query is { } query ? new SparkOption("query", query) : new SparkOption("dbtable", table.QualifiedTable));
        }

        if (entry.User is not null)
        {
            options.Add(new SparkOption("user", entry.User));
        }

        if (entry.Password is not null)
        {
            options.Add(new SparkOption("password", null, entry.Password));
        }

        return [.. options, .. Extra(entry)];
    }

    /// <summary>A table of the Spark catalog (Hive or Spark tables), or the query to run against it.</summary>
    public static IReadOnlyList<SparkOption> Table(CatalogEntry entry, RelationalObject? table) =>
    [
        .. table is null ? [] : new[] { table.Query is { } query ? new SparkOption("query", query) : new SparkOption("table", table.QualifiedTable) },
        .. Extra(entry),
    ];

    /// <summary>
    /// A Delta table (format <c>delta</c>): the directory named after the table under the entry's <c>path</c>, or the
    /// table of the entry's <c>database</c> in the Spark catalog; a query (SQL override) is run as written.
    /// </summary>
    public static IReadOnlyList<SparkOption> Delta(CatalogEntry entry, RelationalObject? table) =>
    [
        new("format", "delta"),
        .. table is null ? [] : new[]
        {
            table.Query is { } query ? new SparkOption("query", query)
            : entry.Path is not null ? new SparkOption("path", Join(entry.Path, table.Table))
            : new SparkOption("table", $"{entry.Database}.{table.Table}"),
        },
        .. Extra(entry),
    ];

    /// <summary>A flat file under the catalog entry's base path, which replaces the session's directory.</summary>
    public static IReadOnlyList<SparkOption> File(CatalogEntry entry, FileObject? file) =>
    [
        new("format", entry.Format ?? "csv"),
        new("path", file is null ? entry.Path ?? string.Empty : Join(entry.Path, file.FileName)),
        .. Extra(entry),
    ];

    /// <summary>A flat file that names no connection: the session's directory and file name.</summary>
    public static IReadOnlyList<SparkOption> File(FileObject file) =>
        [new("format", "csv"), new("path", Join(file.Directory, file.FileName))];

    /// <summary>A Kafka topic: read by subscribing to it, written by naming it.</summary>
    public static IReadOnlyList<SparkOption> Kafka(CatalogEntry entry, DataSourceRole role)
    {
        var options = new List<SparkOption> { new("format", "kafka"), new("kafka.bootstrap.servers", entry.BootstrapServers ?? string.Empty) };
        if (entry.Topic is not null)
        {
            options.Add(new SparkOption(role == DataSourceRole.Target ? "topic" : "subscribe", entry.Topic));
        }

        return [.. options, .. Extra(entry)];
    }

    private static IEnumerable<SparkOption> Extra(CatalogEntry entry) => entry.Options.Select(o => new SparkOption(o.Key, o.Value));

    private static string Join(string? directory, string fileName)
    {
        var dir = (directory ?? string.Empty).Replace('\\', '/').TrimEnd('/');
        return dir.Length == 0 ? fileName : $"{dir}/{fileName}";
    }

    private static string Url(CatalogEntry entry, ConnectionKinds.JdbcDefaults? defaults) =>
        (defaults?.UrlTemplate ?? "jdbc:{host}:{port}/{database}")
            .Replace("{host}", entry.Host ?? string.Empty, StringComparison.Ordinal)
            .Replace("{port}", (entry.Port ?? defaults?.Port ?? 0).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{service}", entry.Service ?? entry.Database ?? string.Empty, StringComparison.Ordinal)
            .Replace("{database}", entry.Database ?? entry.Service ?? string.Empty, StringComparison.Ordinal);
}
