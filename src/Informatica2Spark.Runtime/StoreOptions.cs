using System;

namespace Informatica2Spark.Runtime;

/// <summary>Where run state is kept.</summary>
public enum StoreKind
{
    /// <summary>Nowhere: nothing is stored and nothing can be recovered.</summary>
    None,

    /// <summary>An embedded SQLite file (the default), for jobs that always run on one machine.</summary>
    Sqlite,

    /// <summary>A shared PostgreSQL database, for jobs that run on several machines.</summary>
    Postgres,
}

/// <summary>
/// The store, as job.yaml's <c>state</c> block sets it: a SQLite file path, or a PostgreSQL connection given as a
/// secret reference (never the connection string itself) with an optional schema.
/// </summary>
public sealed record StoreOptions(StoreKind Kind, string? Location = null, string? Schema = null)
{
    public const string DefaultSqlitePath = "i2s-state.db";

    public static StoreOptions None { get; } = new(StoreKind.None);

    public static StoreOptions Sqlite(string path) => new(StoreKind.Sqlite, path);

    public static StoreOptions Postgres(string connectionReference, string? schema = null) => new(StoreKind.Postgres, connectionReference, schema);

    /// <summary>From job.yaml: <c>store: none|sqlite|postgres</c>, <c>path</c>, <c>connection</c>, <c>schema</c>.</summary>
    public static StoreOptions FromSettings(string? store, string? path, string? connection, string? schema) =>
        (store ?? "sqlite").Trim().ToLowerInvariant() switch
        {
            "none" => None,
            "sqlite" => Sqlite(string.IsNullOrWhiteSpace(path) ? DefaultSqlitePath : path),
            "postgres" or "postgresql" => Postgres(
                string.IsNullOrWhiteSpace(connection) ? throw new RunStateException("state.store postgres needs state.connection: a secret reference such as env:I2S_STATE_PG") : connection,
                string.IsNullOrWhiteSpace(schema) ? null : schema),
            var other => throw new RunStateException($"state.store '{other}': expected none, sqlite or postgres"),
        };

    /// <summary>Opens the store; a PostgreSQL connection reference is read through <paramref name="resolveSecret"/>.</summary>
    public IRunStateStore Open(Func<string, string> resolveSecret) => Kind switch
    {
        StoreKind.Sqlite => new SqliteStore(Location ?? DefaultSqlitePath),
        StoreKind.Postgres => new PostgresStore(resolveSecret(Location ?? throw new RunStateException("the postgres store needs a connection reference")), Schema),
        _ => NoneStore.Instance,
    };
}
