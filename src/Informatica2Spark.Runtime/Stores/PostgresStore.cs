using System;
using System.Data.Common;
using Npgsql;

namespace Informatica2Spark.Runtime;

/// <summary>
/// The shared store: a PostgreSQL database (tables in the connection's search path, or in <c>schema</c>). A session
/// is held by a session-level advisory lock on a connection kept open for the run: the server releases it when the
/// run ends or its process dies, so drivers of different sessions share the store while two starts of one session
/// cannot both hold it.
/// </summary>
public sealed class PostgresStore : SqlRunStateStore
{
    private const string LockKey = "('x' || substr(md5(coalesce(current_schema(), '') || '/' || @session), 1, 16))::bit(64)::bigint";
    private readonly string connectionString;
    private readonly string? schema;

    /// <param name="connectionString">The Npgsql connection string, read from its secret reference; never logged.</param>
    /// <param name="schema">The schema holding the tables, created when missing; null uses the search path.</param>
    public PostgresStore(string connectionString, string? schema = null)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (schema is not null)
        {
            builder.SearchPath = schema;
        }

        this.connectionString = builder.ConnectionString;
        this.schema = schema;
    }

    public override string Kind => "postgres";

    public override void EnsureSchema() => InTransaction((c, t) =>
    {
        // Drivers starting together would race on CREATE TABLE IF NOT EXISTS: one creates, the others wait.
        Execute(c, t, "SELECT pg_advisory_xact_lock(7378423566151426099)");
        if (schema is not null)
        {
            Execute(c, t, $"CREATE SCHEMA IF NOT EXISTS \"{schema.Replace("\"", "\"\"", StringComparison.Ordinal)}\"");
        }

        Execute(c, t, Ddl);
    });

    public override IDisposable Hold(string sessionId, TimeSpan wait)
    {
        var lease = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
        lease.Open();
        var held = Retry<Lease>(wait, () =>
        {
            using var command = new NpgsqlCommand($"SELECT pg_try_advisory_lock({LockKey})", lease);
            command.Parameters.AddWithValue("session", sessionId);
            return command.ExecuteScalar() is true ? new Lease(lease, sessionId) : null;
        });
        if (held is null)
        {
            lease.Dispose();
            throw new SessionBusyException(sessionId, DescribeHolder(sessionId));
        }

        return held;
    }

    protected override DbConnection OpenConnection()
    {
        var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        return connection;
    }

    private sealed class Lease(NpgsqlConnection connection, string sessionId) : IDisposable
    {
        public void Dispose()
        {
            try
            {
                using var command = new NpgsqlCommand($"SELECT pg_advisory_unlock({LockKey})", connection);
                command.Parameters.AddWithValue("session", sessionId);
                command.ExecuteNonQuery();
            }
            catch (NpgsqlException)
            {
                // Closing the connection below releases the lock as well.
            }

            connection.Dispose();
        }
    }
}
