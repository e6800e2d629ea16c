using System;
using System.Data;
using System.Data.Common;
using System.IO;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;

namespace Informatica2Spark.Runtime;

/// <summary>
/// The embedded default store: one SQLite file (WAL journal). Write transactions begin IMMEDIATE, so concurrent
/// drivers on one machine serialize their writes; a session is held by an exclusive lock on a file beside the
/// database (<c>{file}.locks/</c>), which the operating system releases when the process ends, even when killed.
/// </summary>
public sealed class SqliteStore : SqlRunStateStore
{
    private readonly string connectionString;

    public SqliteStore(string path)
    {
        Path = System.IO.Path.GetFullPath(path);
        connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
            DefaultTimeout = 60,
        }.ToString();
    }

    public string Path { get; }

    public override string Kind => "sqlite";

    public override void EnsureSchema()
    {
        if (System.IO.Path.GetDirectoryName(Path) is { Length: > 0 } directory)
        {
            Directory.CreateDirectory(directory);
        }

        using (var connection = OpenConnection())
        {
            Execute(connection, null, "PRAGMA journal_mode = WAL;");
        }

        base.EnsureSchema();
    }

    public override IDisposable Hold(string sessionId, TimeSpan wait)
    {
        var directory = Path + ".locks";
        Directory.CreateDirectory(directory);
        var key = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(sessionId)), 0, 16).ToLowerInvariant();
        var file = System.IO.Path.Combine(directory, key + ".lock");
        return Retry<IDisposable>(wait, () =>
        {
            try
            {
                return new FileStream(file, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException)
            {
                return null;
            }
        }) ?? throw new SessionBusyException(sessionId, DescribeHolder(sessionId));
    }

    protected override DbConnection OpenConnection()
    {
        var connection = new SqliteConnection(connectionString);
        connection.Open();
        return connection;
    }

    protected override DbTransaction BeginTransaction(DbConnection connection) =>
        ((SqliteConnection)connection).BeginTransaction(IsolationLevel.Serializable, deferred: false);
}
