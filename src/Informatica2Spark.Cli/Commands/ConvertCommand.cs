using System.CommandLine;
using Informatica2Spark.Cli.Input;
using Informatica2Spark.Cli.Options;
using Informatica2Spark.Cli.Output;
using Informatica2Spark.Core.Conversion;
using Informatica2Spark.Core.Diagnostics;
using Informatica2Spark.Core.Emit;
using Informatica2Spark.Core.Emit.Orchestration;
using Informatica2Spark.Core.Pipeline;
using Informatica2Spark.Core.Reporting;

namespace Informatica2Spark.Cli.Commands;

/// <summary><c>i2s convert &lt;paths...&gt;</c>: every session to a Spark job, written atomically to <c>--out</c> or checked against it.</summary>
internal static class ConvertCommand
{
    public sealed record Settings(
        IReadOnlyList<string> Paths,
        IReadOnlyList<string> Sessions,
        IReadOnlyList<string> Workflows,
        string Out,
        ParameterSettings Parameters,
        FileInfo? Connections,
        string? Environment,
        ConvertSettings Job,
        string Format,
        FailOn FailOn,
        bool Check)
    {
        /// <summary><c>--root</c>: what inputs are recorded relative to, or null for the default (<see cref="InputRoot"/>).</summary>
        public string? Root { get; init; }

        /// <summary><c>--max-parallel</c>: how many sessions convert at once (<see cref="ConversionRequest.MaxParallel"/>).</summary>
        public int MaxParallel { get; init; } = 1;

        /// <summary><c>--orchestrator</c>: the target workflows are rendered for (<see cref="ConversionRequest.Orchestrator"/>).</summary>
        public string Orchestrator { get; init; } = OrchestratorTargets.None;
    }

    public static Command Create(CliContext context)
    {
        var options = new ConversionOptionSet("out");
        var format = CommonOptions.Format("text", "json");
        var failOn = CommonOptions.FailOn();
        var check = new Option<bool>("--check") { Description = "Write nothing: compare what would be written with --out, list drifted, missing and extra files, exit 1 on any difference." };
        var command = new Command("convert", "Convert every session of the exports to a Spark job: Spark conf, job.yaml, submit script, .NET for Apache Spark driver and report.");
        options.AddTo(command);
        command.Options.Add(format);
        command.Options.Add(failOn);
        command.Options.Add(check);
        command.SetAction(parse => Run(context, parse, options.Read(parse, parse.GetRequiredValue(format), CheckedFailOn(parse, failOn, check), parse.GetValue(check))));
        return command;
    }

    /// <summary>
    /// With <c>--check</c> the question is whether the output is up to date, and its findings were reviewed with it
    /// (they are in each REPORT.md), so they count toward the exit code only when <c>--fail-on</c> is given.
    /// </summary>
    private static FailOn CheckedFailOn(ParseResult parse, Option<FailOn> failOn, Option<bool> check) =>
        parse.GetValue(check) && parse.GetResult(failOn) is null or { Implicit: true } ? FailOn.Never : parse.GetRequiredValue(failOn);

    private static int Run(CliContext context, ParseResult parse, Settings settings)
    {
        context.Enter("convert");
        if (File.Exists(settings.Out))
        {
            var what = new FileInfo(settings.Out).LinkTarget is { } link && !Directory.Exists(settings.Out) ? $"is a symbolic link to {link}, which does not exist" : "is a file";
            context.Stderr.WriteLine($"i2s: {settings.Out} {what}; --out needs a directory (existing or new); nothing was converted");
            return ExitCodes.Usage;
        }

        using var log = context.CreateLogger(parse);
        var comparison = settings.Check ? new OutputComparison(settings.Out) : null;
        AtomicDirectoryWriter? writer = null;
        ConversionResult? result;
        OutputDrift? drift;
        bool kept;
        try
        {
            writer = settings.Check ? null : AtomicDirectoryWriter.Open(settings.Out, OutputOwnership.Manifest(ConversionRun.ManifestFileName));
            (result, _, var exit) = ConversionCommandRun.Convert(context, log, parse.GetValue(CommonOptions.Verbosity), ref settings, keepDetails: false, (IOutputSink?)comparison ?? writer);
            if (result is null)
            {
                return exit;
            }

            drift = comparison?.Finish(result.Outputs);
            kept = writer is not null && result.ReadNothing;
            if (!kept)
            {
                writer?.Commit();
            }
        }
        catch (OutputRefusedException refused)
        {
            context.Stderr.WriteLine("i2s: " + refused.Message);
            return ExitCodes.Usage;
        }
        catch (Exception error) when (!settings.Check && error is IOException or UnauthorizedAccessException or OperationCanceledException)
        {
            context.Stderr.WriteLine($"i2s: {settings.Out}: cannot write the output ({error.Message}); the previous output is unchanged");
            return ExitCodes.Usage;
        }
        finally
        {
            writer?.Dispose();
        }

        // The output is written (or checked) by now: a report that cannot be written says so, not that the output failed.
        try
        {
            return Report(context, log, settings, result, drift, kept);
        }
        catch (IOException error)
        {
            var output = settings.Check ? "nothing was written" : kept ? $"{settings.Out} is unchanged" : $"the output was written to {settings.Out}";
            context.Stderr.WriteLine($"i2s: cannot write the report to standard output ({error.Message}); {output}");
            return ExitCodes.Usage;
        }
    }

    /// <param name="kept">The run read nothing and left the previous output as it was (<see cref="ConversionResult.ReadNothing"/>).</param>
    private static int Report(CliContext context, Serilog.ILogger log, Settings settings, ConversionResult result, OutputDrift? drift, bool kept)
    {
        var display = settings.Out.Replace('\\', '/').TrimEnd('/');
        if (settings.Format == "json")
        {
            context.Stdout.Write(ConversionReports.Json(result, display, drift, kept));
        }
        else
        {
            ConversionReports.Write(context.Stdout, result, display, drift, kept);
        }

        context.Stdout.Flush();
        log.Information("{Summary}", ConversionReports.Summary(result, display, drift, kept));

        return result.InternalErrors.Count + result.FailedExports.Count > 0 ? ExitCodes.InternalError
            : result.HasUnreadableInput ? ExitCodes.UnreadableInput
            : drift is { IsClean: false } ? ExitCodes.Findings
            : result.Diagnostics.AnyAtOrAbove(settings.FailOn.Threshold()) ? ExitCodes.Findings
            : ExitCodes.Success;
    }
}
