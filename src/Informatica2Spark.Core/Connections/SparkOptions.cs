using System.Globalization;

namespace Informatica2Spark.Core.Connections;

/// <summary>Spark data source options of a catalog entry, in a fixed order, with the password as a secret reference.</summary>
internal static class SparkOptions
{
    /// <summary>Options of a relational entry of <paramref name="kind"/> (the entry's type, or the session's connection subtype).</summary>
    public static IReadOnlyList<SparkOption> Relational(CatalogEntry entry, ConnectionKind kind, string? query, string table)
    {
        if (kind is ConnectionKind.Hive or ConnectionKind.SparkTable)
        {
            return [new SparkOption("table", table), .. entry.Options.Select(o => new SparkOption(o.Key, o.Value))];
        }

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

        options.Add(query is not null ? new SparkOption("query", query) : new SparkOption("dbtable", table));
        if (entry.User is not null)
        {
            options.Add(new SparkOption("user", entry.User));
        }

        if (entry.Password is not null)
        {
            options.Add(new SparkOption("password", null, entry.Password));
        }

        options.AddRange(entry.Options.Select(o => new SparkOption(o.Key, o.Value)));
        return options;
    }

    private static string Url(CatalogEntry entry, ConnectionKinds.JdbcDefaults? defaults) =>
        (defaults?.UrlTemplate ?? "jdbc:{host}:{port}/{database}")
            .Replace("{host}", entry.Host ?? string.Empty, StringComparison.Ordinal)
            .Replace("{port}", (entry.Port ?? defaults?.Port ?? 0).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{service}", entry.Service ?? entry.Database ?? string.Empty, StringComparison.Ordinal)
            .Replace("{database}", entry.Database ?? entry.Service ?? string.Empty, StringComparison.Ordinal);
}
