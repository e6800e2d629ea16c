using System.Data.Common;
using System.Globalization;
using Informatica2Spark.Testing;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Informatica2Spark.Runtime.Tests.Support;

/// <summary>
/// A real store for one test, isolated from every other test: a SQLite file in its own temp folder, or a PostgreSQL
/// schema of its own on the test server. Reads rows back with plain SQL for assertions.
/// </summary>
public abstract class TestStore : IDisposable
{
    public abstract StoreOptions Options { get; }

    /// <summary>The test driver's store arguments.</summary>
    public abstract IReadOnlyList<string> DriverArguments { get; }

    public static TestStore Sqlite() => new SqliteTestStore();

    public static TestStore Postgres() => new PostgresTestStore();

    /// <summary>The clock of every run on this store: each read is one second after the one before.</summary>
    public SteppingClock Clock { get; } = new();

    /// <summary>Options for a run of <paramref name="session"/> on this store, on <see cref="Clock"/>.</summary>
    public RunStateOptions Run(string session, RecoveryStrategy strategy = RecoveryStrategy.ResumeFromLastCheckpoint) => new()
    {
        SessionId = session,
        RecoveryStrategy = strategy,
        Store = Options,
        Clock = Clock,
        ResolveSecret = reference => reference == PostgresReference ? PostgresTestServer.Require() : SecretReferences.Resolve(reference),
    };

    /// <summary>Each row as its columns joined by '|', NULL as <c>null</c>, timestamps as <c>HH:mm:ss</c>.</summary>
    public List<string> Rows(string sql)
    {
        using var connection = Connect();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(string.Join('|', Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "null" : Text(reader.GetValue(i)))));
        }

        return rows;
    }

    public int Count(string table) => int.Parse(Rows("SELECT COUNT(*) FROM " + table).Single(), CultureInfo.InvariantCulture);

    /// <summary>Row counts of every state table, e.g. <c>session=1 run=0 step=0 global=1 history=1</c>.</summary>
    public string Counts() => string.Join(' ', RunStateSchema.Tables.Select(t => $"{t["i2s_".Length..]}={Count(t)}"));

    public abstract void Dispose();

    protected const string PostgresReference = "env:I2S_TEST_POSTGRES";

    protected abstract DbConnection Connect();

    private static string Text(object value) => value switch
    {
        DateTime time => time.ToString("HH:mm:ss", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    private sealed class SqliteTestStore : TestStore
    {
        private readonly string folder = Directory.CreateTempSubdirectory("i2s-runtime-").FullName;

        private string File => Path.Combine(folder, "state.db");

        public override StoreOptions Options => StoreOptions.Sqlite(File);

        public override IReadOnlyList<string> DriverArguments => ["--store", "sqlite", "--connection", File];

        public override void Dispose() => Directory.Delete(folder, recursive: true);

        protected override DbConnection Connect()
        {
            var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = File, Pooling = false, DefaultTimeout = 60 }.ToString());
            connection.Open();
            return connection;
        }
    }

    private sealed class PostgresTestStore : TestStore
    {
        private readonly string schema = "i2s_rt_" + Guid.NewGuid().ToString("N")[..12];

        public override StoreOptions Options => StoreOptions.Postgres(PostgresReference, schema);

        public override IReadOnlyList<string> DriverArguments => ["--store", "postgres", "--connection", PostgresReference, "--schema", schema];

        public override void Dispose()
        {
            using var connection = new NpgsqlConnection(PostgresTestServer.Require());
            connection.Open();
            using var command = new NpgsqlCommand($"DROP SCHEMA IF EXISTS {schema} CASCADE", connection);
            command.ExecuteNonQuery();
        }

        protected override DbConnection Connect()
        {
            var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(PostgresTestServer.Require()) { SearchPath = schema }.ConnectionString);
            connection.Open();
            return connection;
        }
    }
}
