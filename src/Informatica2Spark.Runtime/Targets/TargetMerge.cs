using System;
using System.Data.Common;

namespace Informatica2Spark.Runtime.Targets;

/// <summary>
/// Writes a target load with a MERGE (<see cref="MergeWrite"/>). The driver does what needs Spark through two callbacks:
/// <c>stage</c> puts the rows under the staging name (a temporary view for Delta; a JDBC write in overwrite mode for a
/// database), and <c>sparkSql</c> runs a Spark SQL statement. A database MERGE then runs in one transaction on an
/// ADO.NET connection of the database's own provider (<see cref="DatabaseProviders"/>), and the staging table is dropped
/// whether the MERGE succeeded or not.
/// </summary>
public static class TargetMerge
{
    /// <summary>
    /// Stages the rows and merges them. Returns the rows the database reports the MERGE affected, or -1 for Delta (Spark
    /// reports them in the MERGE's result, not read here). Throws <see cref="RunStateException"/> when the provider is
    /// missing or unknown; database errors propagate as the provider's <see cref="DbException"/>.
    /// </summary>
    public static int Run(MergeWrite write, Action<string> stage, Action<string> sparkSql)
    {
        if (string.Equals(write.Kind, "delta", StringComparison.OrdinalIgnoreCase))
        {
            stage(write.Staging);
            try
            {
                sparkSql(write.Statement);
            }
            finally
            {
                sparkSql(write.Drop);
            }

            return -1;
        }

        var provider = write.Provider ?? throw new RunStateException($"the MERGE into staging '{write.Staging}' names no database provider");
        var factory = DatabaseProviders.Factory(provider);
        var connectionString = JdbcUrls.ConnectionString(provider, write.Url ?? string.Empty, write.User, write.Password);
        stage(write.Staging);
        using DbConnection connection = factory.CreateConnection()
            ?? throw new RunStateException($"the {provider} provider creates no connection");
        connection.ConnectionString = connectionString;
        connection.Open();
        var merged = false;
        try
        {
            int affected;
            using (DbTransaction transaction = connection.BeginTransaction())
            {
                affected = Execute(connection, transaction, write.Statement);
                transaction.Commit();
            }

            merged = true;
            Execute(connection, null, write.Drop);
            return affected;
        }
        catch (Exception) when (!merged)
        {
            TryDrop(connection, write.Drop);
            throw;
        }
    }

    private static int Execute(DbConnection connection, DbTransaction? transaction, string sql)
    {
        using DbCommand command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.CommandTimeout = 0;
        return command.ExecuteNonQuery();
    }

    /// <summary>Drops the staging after a failed MERGE: the MERGE's error is the one reported.</summary>
    private static void TryDrop(DbConnection connection, string drop)
    {
        try
        {
            Execute(connection, null, drop);
        }
        catch (DbException)
        {
        }
    }
}
