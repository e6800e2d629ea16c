using System.Data.Common;
using Informatica2Spark.Runtime;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Informatica2Spark.Runtime.TestDriver;

/// <summary>
/// <c>--store sqlite|postgres --connection PATH|REFERENCE [--schema S] --session ID --steps a,b,c [--pause-after a
/// --marker FILE] [--fail-at b] [--strategy fail|restart|resume] [--persist on|failed|off] [--resume ID]
/// [--hold-wait SECONDS]</c>. Each step appends one row (step, run) to <c>driver_target</c> in the store's database:
/// an append, not idempotent, so a step run twice shows as two rows. With --pause-after the driver writes the marker
/// file after that step completes and waits there to be killed. Exit codes: 0 succeeded, 1 a step failed, 2 refused
/// by the run state, 3 the session is held by another start.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        var settings = Settings.Parse(args);
        var options = RunStateArguments.Apply(new RunStateOptions
        {
            SessionId = settings.Session,
            RecoveryStrategy = settings.Strategy,
            Store = settings.Store == "postgres" ? StoreOptions.Postgres(settings.Connection, settings.Schema) : StoreOptions.Sqlite(settings.Connection),
            HoldWait = settings.HoldWait,
        }, args);
        try
        {
            using var context = SessionContext.Start(options);
            Console.WriteLine($"run {context.RunId} chain {context.ChainId}");
            try
            {
                foreach (var step in settings.Steps)
                {
                    var outcome = context.RunStep(step, () => Load(settings, step, context.RunId));
                    Console.WriteLine($"{(outcome.Skipped ? "skipped" : "ran")} {step}");
                    if (step == settings.PauseAfter && settings.Marker is not null)
                    {
                        File.WriteAllText(settings.Marker, context.RunId);
                        Thread.Sleep(Timeout.Infinite);
                    }
                }
            }
            catch (InvalidOperationException error)
            {
                context.Fail(error);
                Console.WriteLine("failed: " + error.Message);
                return 1;
            }

            context.Complete();
            return 0;
        }
        catch (SessionBusyException error)
        {
            Console.Error.WriteLine(error.Message);
            return 3;
        }
        catch (RunStateException error)
        {
            Console.Error.WriteLine(error.Message);
            return 2;
        }
    }

    private static StepResult Load(Settings settings, string step, string runId)
    {
        if (step == settings.FailAt)
        {
            throw new InvalidOperationException($"step {step} fails as asked");
        }

        using var connection = Open(settings);
        Execute(connection, "CREATE TABLE IF NOT EXISTS driver_target (step_name TEXT NOT NULL, run_id TEXT NOT NULL)");
        Execute(connection, $"INSERT INTO driver_target (step_name, run_id) VALUES ('{step}', '{runId}')");
        return new StepResult(RowsRead: 1, RowsWritten: 1, RowsRejected: 0);
    }

    private static DbConnection Open(Settings settings)
    {
        DbConnection connection = settings.Store == "postgres"
            ? new NpgsqlConnection(new NpgsqlConnectionStringBuilder(SecretReferences.Resolve(settings.Connection)) { SearchPath = settings.Schema }.ConnectionString)
            : new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = settings.Connection, Pooling = false, DefaultTimeout = 60 }.ToString());
        connection.Open();
        return connection;
    }

    private static void Execute(DbConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private sealed record Settings(
        string Store, string Connection, string? Schema, string Session, IReadOnlyList<string> Steps, string? PauseAfter,
        string? Marker, string? FailAt, RecoveryStrategy Strategy, TimeSpan HoldWait)
    {
        public static Settings Parse(string[] args)
        {
            string? Get(string name) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;
            return new Settings(
                Get("--store") ?? "sqlite",
                Get("--connection") ?? throw new ArgumentException("--connection is required"),
                Get("--schema"),
                Get("--session") ?? throw new ArgumentException("--session is required"),
                (Get("--steps") ?? "a,b,c").Split(','),
                Get("--pause-after"),
                Get("--marker"),
                Get("--fail-at"),
                Get("--strategy") switch
                {
                    "restart" => RecoveryStrategy.RestartTask,
                    "resume" => RecoveryStrategy.ResumeFromLastCheckpoint,
                    _ => RecoveryStrategy.FailTaskAndContinueWorkflow,
                },
                TimeSpan.FromSeconds(int.Parse(Get("--hold-wait") ?? "0", System.Globalization.CultureInfo.InvariantCulture)));
        }
    }
}
