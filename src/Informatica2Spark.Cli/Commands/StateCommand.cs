using System.CommandLine;
using Informatica2Spark.Cli.Options;
using System.Data.Common;
using System.Net.Sockets;
using Informatica2Spark.Cli.Connectivity;
using Informatica2Spark.Core.Connections;
using Informatica2Spark.Core.Parameters;
using Informatica2Spark.Runtime;

namespace Informatica2Spark.Cli.Commands;

/// <summary>
/// <c>i2s state init --store sqlite|postgres --connection VALUE [--schema NAME] [--print-ddl]</c>: creates the run-state
/// tables generated drivers use (they also create them on first use), or prints the store's DDL without connecting.
/// For sqlite the connection is the database file; for postgres it is a secret reference (<c>env:NAME</c>,
/// <c>file:PATH</c>, <c>akv://VAULT/SECRET</c>) to an Npgsql connection string, never the string itself.
/// Exit codes: 0 created or printed, 2 usage, 4 (<see cref="ExitCodes.StoreUnavailable"/>) the store could not be
/// reached or its secret read.
/// </summary>
internal static class StateCommand
{
    private const int StoreUnavailable = ExitCodes.StoreUnavailable;

    private const int Usage = ExitCodes.Usage;

    public static Command Create(CliContext context)
    {
        var command = new Command("state", "Run state of generated drivers: create its tables or print their DDL.");
        command.Subcommands.Add(Init(context));
        return command;
    }

    private static Command Init(CliContext context)
    {
        var store = new Option<string>("--store") { Description = "The store: sqlite (embedded file) or postgres (shared).", Required = true };
        store.AcceptOnlyFromAmong("sqlite", "postgres");
        var connection = new Option<string?>("--connection")
        {
            Description = "sqlite: the database file. postgres: a secret reference (env:NAME, file:PATH, akv://VAULT/SECRET) to the connection string.",
        }.IsPath();
        var schema = new Option<string?>("--schema") { Description = "postgres: the schema for the tables, created when missing (default: the search path)." };
        var printDdl = new Option<bool>("--print-ddl") { Description = "Print the store's DDL to stdout instead of creating the tables." };
        var command = new Command("init", "Create the run-state tables in a store, or print their DDL.") { store, connection, schema, printDdl };
        command.SetAction(parse =>
        {
            context.Enter("state init");
            return Run(parse.GetRequiredValue(store), parse.GetValue(connection), parse.GetValue(schema), parse.GetValue(printDdl), context.Stdout, context.Stderr);
        });
        return command;
    }

    private static int Run(string store, string? connection, string? schema, bool printDdl, TextWriter stdout, TextWriter stderr)
    {
        if (printDdl)
        {
            stdout.Write(RunStateSchema.Ddl(store));
            return 0;
        }

        if (string.IsNullOrWhiteSpace(connection))
        {
            stderr.WriteLine($"i2s: state init --store {store} needs --connection ({(store == "sqlite" ? "the database file" : "a secret reference such as env:I2S_STATE_PG")}), or --print-ddl");
            return Usage;
        }

        if (store == "sqlite")
        {
            return Create(() => new SqliteStore(connection), $"sqlite store {connection}", stdout, stderr);
        }

        if (!SecretReference.TryParse(connection, out var reference))
        {
            stderr.WriteLine("i2s: --connection for postgres must be a secret reference (env:NAME, file:PATH or akv://VAULT/SECRET) to the connection string, never the connection string itself");
            return Usage;
        }

        var (secret, problem) = SecretResolver.ResolveAsync(reference!, CancellationToken.None).GetAwaiter().GetResult();
        if (secret is null)
        {
            stderr.WriteLine($"i2s: the postgres store's connection could not be read: {problem}");
            return StoreUnavailable;
        }

        return Create(() => new PostgresStore(secret, schema), $"postgres store {reference}{(schema is null ? string.Empty : " schema " + schema)}", stdout, stderr);
    }

    /// <summary>Creates the run-state tables of the store <paramref name="open"/> opens (named <paramref name="where"/>): 0, or <see cref="ExitCodes.StoreUnavailable"/> with the reason on stderr.</summary>
    internal static int Create(Func<IRunStateStore> open, string where, TextWriter stdout, TextWriter stderr)
    {
        try
        {
            using var store = open();
            store.EnsureSchema();
        }
        catch (ArgumentException)
        {
            stderr.WriteLine($"i2s: the connection of the {where} is not a valid connection string");
            return StoreUnavailable;
        }
        catch (Exception error) when (error is DbException or SocketException or IOException or UnauthorizedAccessException or TimeoutException)
        {
            stderr.WriteLine($"i2s: the {where} could not be opened: {error.GetType().Name}: {error.Message.ReplaceLineEndings(" ")}");
            return StoreUnavailable;
        }

        stdout.WriteLine($"run-state tables {string.Join(", ", RunStateSchema.Tables)} ready in the {where}");
        return 0;
    }
}
