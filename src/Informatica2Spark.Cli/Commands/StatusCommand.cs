using System.CommandLine;
using System.Globalization;
using Informatica2Spark.Cli.Options;
using Informatica2Spark.Cli.Workspace;
using Informatica2Spark.Core.Emit;
using Informatica2Spark.Core.Reporting;
using Spectre.Console;

namespace Informatica2Spark.Cli.Commands;

/// <summary>
/// <c>i2s status [--out DIR] [--format text|json]</c>: where the migration of a workspace stands
/// (<see cref="MigrationStatus"/>): sessions and workflows of the last manifest converted, partial, failed or stale,
/// exports not converted yet, and the last run of each generated job from the run-state store of <c>i2s.yaml</c>.
/// Text is a table; JSON is stable (object-path order). Exit codes: 0 shown, 2 the manifest is not JSON, 4
/// (<see cref="ExitCodes.StoreUnavailable"/>) the run-state store could not be read (the rest is still shown).
/// </summary>
internal static class StatusCommand
{
    public static Command Create(CliContext context)
    {
        var output = new Option<string?>("--out") { Description = "The output directory whose i2s-manifest.json to read (default: out of i2s.yaml, else out)." }.IsPath();
        var format = CommonOptions.Format("text", "json");
        var command = new Command("status", "Show which sessions and workflows are converted, partial, failed or stale, and the last run of each job.") { output, format };
        command.SetAction(parse =>
        {
            context.Enter("status");
            return Run(context, parse.GetValue(output), parse.GetRequiredValue(format));
        });
        return command;
    }

    private static int Run(CliContext context, string? output, string format)
    {
        var workspace = context.Workspace;
        var baseDirectory = workspace?.Directory ?? Environment.CurrentDirectory;
        var outDirectory = output ?? workspace?.Out ?? Path.Combine(baseDirectory, "out");
        MigrationStatus status;
        try
        {
            status = MigrationStatus.Read(baseDirectory, Path.GetFullPath(outDirectory), workspace);
        }
        catch (InvalidDataException error)
        {
            context.Stderr.WriteLine("i2s: " + error.Message);
            return ExitCodes.Usage;
        }

        if (format == "json")
        {
            context.Stdout.Write(JsonOutput.Serialize(new
            {
                status.Manifest,
                status.Totals,
                status.Sessions,
                status.Workflows,
                status.Unconverted,
                status.Store,
                status.StoreProblem,
            }));
        }
        else
        {
            Text(context, status);
        }

        context.Stdout.Flush();
        if (status.StoreProblem is { } problem)
        {
            context.Stderr.WriteLine("i2s: " + problem);
            return ExitCodes.StoreUnavailable;
        }

        return ExitCodes.Success;
    }

    private static void Text(CliContext context, MigrationStatus status)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(context.Stdout),
            Ansi = context.IsInteractive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = context.IsInteractive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        if (!context.IsInteractive)
        {
            console.Profile.Width = 240;
        }

        if (status.Manifest is null)
        {
            console.WriteLine("nothing converted yet: run 'i2s convert'");
        }
        else
        {
            var sessions = new Table().Title($"sessions of {status.Manifest}").AddColumns("session", "status", "last run", "rows read", "rows written", "rows rejected", "started (UTC)");
            foreach (var session in status.Sessions)
            {
                var run = session.LastRun;
                sessions.AddRow(
                    Markup.Escape(session.ObjectPath),
                    Markup.Escape(session.Reason is null ? session.Status : $"stale ({session.Conversion}): {session.Reason}"),
                    Markup.Escape(run?.Status ?? "-"),
                    Count(run?.RowsRead),
                    Count(run?.RowsWritten),
                    Count(run?.RowsRejected),
                    run is null ? "-" : run.StartedAt.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture));
            }

            console.Write(sessions);
            if (status.Workflows is { Count: > 0 } workflows)
            {
                var table = new Table().Title("workflows").AddColumns("workflow", "status");
                foreach (var workflow in workflows)
                {
                    table.AddRow(Markup.Escape(workflow.ObjectPath), Markup.Escape(workflow.Reason is null ? workflow.Status : $"stale ({workflow.Conversion}): {workflow.Reason}"));
                }

                console.Write(table);
            }

            var totals = status.Totals;
            console.WriteLine($"{Counted.Of(status.Sessions.Count, "session")}: {totals.Converted} converted, {totals.Partial} partial, {totals.Failed} failed, {totals.Stale} stale; {totals.WithRun} with a recorded run");
        }

        foreach (var export in status.Unconverted)
        {
            console.WriteLine($"no session converted from {export}");
        }

        if (status.Store is { } store && status.StoreProblem is null)
        {
            console.WriteLine($"runs from the {store} store");
        }
    }

    private static string Count(long? value) => value?.ToString("N0", CultureInfo.InvariantCulture) ?? "-";
}
