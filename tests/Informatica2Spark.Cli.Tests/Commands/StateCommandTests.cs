using System.Data.Common;
using Informatica2Spark.Cli.Commands;
using Informatica2Spark.Runtime;
using Informatica2Spark.Testing;
using Microsoft.Data.Sqlite;
using Npgsql;
using Xunit;

namespace Informatica2Spark.Cli.Tests.Commands;

public sealed class StateCommandTests
{
    /// <summary>The DDL printed is the store's template as it is (templates/state/), without connecting.</summary>
    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public void Print_ddl_writes_the_store_template(string store)
    {
        var (exit, stdout, stderr) = Invoke("init", "--store", store, "--print-ddl");

        Assert.Equal(0, exit);
        Assert.Empty(stderr);
        Assert.Equal(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "templates", "state", store + ".sql")), stdout);
    }

    /// <summary>Creates the tables in a SQLite file (its folder too), and can run again; the columns created are snapshotted.</summary>
    [Fact]
    public void Init_creates_the_sqlite_schema()
    {
        var folder = Directory.CreateTempSubdirectory("i2s-state-init-").FullName;
        try
        {
            var file = Path.Combine(folder, "nested", "state.db");
            var first = Invoke("init", "--store", "sqlite", "--connection", file);
            var again = Invoke("init", "--store", "sqlite", "--connection", file);

            Assert.Equal((0, $"run-state tables i2s_session, i2s_run, i2s_step, i2s_global, i2s_history, i2s_task ready in the sqlite store {file}\n", string.Empty), first);
            Assert.Equal(0, again.Exit);
            using var connection = new SqliteConnection($"Data Source={file};Pooling=False");
            Snapshot.Verify(Columns(connection,
                "SELECT m.name, p.name, p.type FROM sqlite_master m JOIN pragma_table_info(m.name) p WHERE m.type = 'table' ORDER BY m.name, p.cid"),
                "txt", "store=sqlite");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Creates the tables in the PostgreSQL schema asked, through an env: reference; the columns are snapshotted.</summary>
    [PostgresFact]
    public void Init_creates_the_postgres_schema()
    {
        var schema = "i2s_init_" + Guid.NewGuid().ToString("N")[..12];
        using var connection = new NpgsqlConnection(PostgresTestServer.Require());
        try
        {
            var (exit, stdout, stderr) = Invoke("init", "--store", "postgres", "--connection", "env:I2S_TEST_POSTGRES", "--schema", schema);

            Assert.Equal(0, exit);
            Assert.Empty(stderr);
            Assert.Equal($"run-state tables i2s_session, i2s_run, i2s_step, i2s_global, i2s_history, i2s_task ready in the postgres store env:I2S_TEST_POSTGRES schema {schema}\n", stdout);
            Snapshot.Verify(Columns(connection,
                $"SELECT table_name, column_name, data_type FROM information_schema.columns WHERE table_schema = '{schema}' ORDER BY table_name, ordinal_position"),
                "txt", "store=postgres");
        }
        finally
        {
            using var drop = new NpgsqlCommand($"DROP SCHEMA IF EXISTS {schema} CASCADE", connection);
            drop.ExecuteNonQuery();
        }
    }

    [Fact]
    public void Init_without_a_connection_is_a_usage_error()
    {
        var (exit, _, stderr) = Invoke("init", "--store", "postgres");

        Assert.Equal(2, exit);
        Assert.Equal("i2s: state init --store postgres needs --connection (a secret reference such as env:I2S_STATE_PG), or --print-ddl\n", stderr);
    }

    [Fact]
    public void A_postgres_connection_string_in_place_of_a_reference_is_refused_and_not_echoed()
    {
        var (exit, stdout, stderr) = Invoke("init", "--store", "postgres", "--connection", "Host=db;Username=etl;Password=Sup3rSecret!");

        Assert.Equal(2, exit);
        Assert.Empty(stdout);
        Assert.DoesNotContain("Sup3rSecret", stderr);
        Assert.Contains("must be a secret reference", stderr);
    }

    [Fact]
    public void An_unset_secret_is_reported_by_reference_with_exit_code_4()
    {
        var (exit, _, stderr) = Invoke("init", "--store", "postgres", "--connection", "env:I2S_STATE_TEST_UNSET_VARIABLE");

        Assert.Equal(ExitCodes.StoreUnavailable, exit);
        Assert.Equal("i2s: the postgres store's connection could not be read: environment variable I2S_STATE_TEST_UNSET_VARIABLE is not set\n", stderr);
    }

    [Fact]
    public void An_unknown_store_is_a_usage_error()
    {
        var (exit, _, stderr) = Invoke("init", "--store", "oracle", "--print-ddl");

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("oracle", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sqlite_file_that_cannot_be_created_is_exit_code_4()
    {
        var blocker = Path.GetTempFileName();
        try
        {
            var (exit, _, stderr) = Invoke("init", "--store", "sqlite", "--connection", Path.Combine(blocker, "state.db"));

            Assert.Equal(ExitCodes.StoreUnavailable, exit);
            Assert.StartsWith($"i2s: the sqlite store {Path.Combine(blocker, "state.db")} could not be opened", stderr, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(blocker);
        }
    }

    /// <summary>Runs <c>i2s state ARGS</c> through the whole command tree, in-process.</summary>
    private static (int Exit, string Stdout, string Stderr) Invoke(params string[] args) => CliRunner.Run(["state", .. args]);

    private static string Columns(DbConnection connection, string query)
    {
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = query;
        using var reader = command.ExecuteReader();
        var lines = new List<string>();
        while (reader.Read())
        {
            lines.Add($"{reader.GetString(0)}.{reader.GetString(1)} {reader.GetString(2)}");
        }

        return string.Join('\n', lines);
    }
}
