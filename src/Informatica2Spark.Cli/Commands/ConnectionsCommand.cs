using System.CommandLine;
using Informatica2Spark.Cli.Connectivity;
using Informatica2Spark.Cli.Input;
using Informatica2Spark.Cli.Options;
using Informatica2Spark.Core.Diagnostics;
using Informatica2Spark.Core.Reporting;

namespace Informatica2Spark.Cli.Commands;

/// <summary>
/// <c>i2s connections check|test --connections FILE [--env NAME]</c>: a connection catalog on its own, without exports.
/// <c>check</c> reports incomplete entries, unknown types and plain-text passwords; <c>test</c> opens a real connection
/// to each entry the tool has a driver for and reports one line each. Exit codes: 0 ok, 1 findings or failed tests,
/// 2 usage, 3 catalog file unreadable or not a catalog.
/// </summary>
internal static class ConnectionsCommand
{
    public sealed record Settings(FileInfo Catalog, string? Environment, FailOn FailOn, TimeSpan? Timeout);

    public static Command Create(CliContext context)
    {
        var command = new Command("connections", "Check a connection catalog, or test its connections, without exports.");
        command.Subcommands.Add(Subcommand(context, "check", "Report incomplete entries, unknown types, malformed secret references and plain-text passwords.", test: false));
        command.Subcommands.Add(Subcommand(context, "test", "Open a real connection to each entry the tool has a driver for (PostgreSQL) and report one line each.", test: true));
        return command;
    }

    private static Command Subcommand(CliContext context, string name, string description, bool test)
    {
        var catalog = new Option<FileInfo>("--connections") { Description = "The connection catalog (YAML).", Required = true }.IsPath();
        var environment = new Option<string?>("--env") { Description = "The catalog environment (default: I2S_ENV, then the catalog's default)." };
        var failOn = CommonOptions.FailOn();
        var command = new Command(name, description) { catalog, environment, failOn };
        var timeout = new Option<int>("--timeout") { Description = "Seconds to wait for each connection.", DefaultValueFactory = _ => 10 };
        timeout.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() <= 0)
            {
                result.AddError("--timeout must be a positive number of seconds");
            }
        });
        if (test)
        {
            command.Options.Add(timeout);
        }

        command.SetAction(parse => Run(context, parse, name, new Settings(
            parse.GetRequiredValue(catalog), parse.GetValue(environment), parse.GetRequiredValue(failOn),
            test ? TimeSpan.FromSeconds(parse.GetValue(timeout)) : null)));
        return command;
    }

    private static int Run(CliContext context, ParseResult parse, string name, Settings settings)
    {
        context.Enter("connections " + name);
        using var log = context.CreateLogger(parse);
        var (catalog, diagnostics) = CatalogLoader.Read(settings.Catalog);
        if (catalog is null)
        {
            diagnostics.ToList().ForEach(d => context.Stderr.WriteLine(d.ToString()));
            return ExitCodes.UnreadableInput;
        }

        var findings = diagnostics.ToList();
        var (environment, problem) = CatalogLoader.Select(catalog, settings.Environment);
        if (problem is not null)
        {
            findings.Add(problem);
        }

        if (environment is not null && settings.Timeout is { } timeout)
        {
            log.Information("testing {Count} connection(s) of environment {Environment}", environment.Entries.Count, environment.Name);
            findings.AddRange(ConnectionTester.TestAsync(environment, timeout).GetAwaiter().GetResult());
        }

        foreach (var finding in findings.Order(DiagnosticComparer.Instance))
        {
            context.Stdout.WriteLine(finding.ToString());
        }

        context.Stdout.WriteLine(
            $"{Counted.Findings(findings.Count(f => f.Severity == Severity.Error), findings.Count(f => f.Severity == Severity.Warning), findings.Count(f => f.Severity == Severity.Info))} in {catalog.File}{(environment is null ? string.Empty : $" (environment {environment.Name})")}");
        return settings.FailOn.Threshold() is { } threshold && findings.Any(f => f.Severity >= threshold) ? ExitCodes.Findings : ExitCodes.Success;
    }
}
