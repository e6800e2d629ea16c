using Informatica2Spark.Cli.Input;
using Informatica2Spark.Cli.Options;
using Informatica2Spark.Cli.Output;
using Informatica2Spark.Core.Emit;
using Informatica2Spark.Core.Pipeline;
using Serilog.Core;

namespace Informatica2Spark.Cli.Commands;

/// <summary>The conversion the commands that convert share: the request from the settings, the inputs, the run, and the usage errors it ends with.</summary>
internal static class ConversionCommandRun
{
    /// <summary>
    /// Converts the inputs of <paramref name="settings"/> (updated with the input root it resolves) in memory. Returns
    /// the result and the inputs as recorded, or null with the exit code of a usage error already printed (a request that cannot be built, a
    /// selector that selects nothing); the result's diagnostics include the input and catalog problems. With
    /// <paramref name="output"/>, each file goes there as soon as its session is converted and the result keeps only
    /// its path and SHA-256 (<see cref="ConversionRequest.Output"/>).
    /// </summary>
    public static (ConversionResult? Result, IReadOnlyList<string> Inputs, int Exit) Convert(CliContext context, Logger log, Verbosity verbosity, ref ConvertCommand.Settings settings, bool keepDetails, IOutputSink? output = null)
    {
        var root = InputRoot.For(settings.Paths, [.. settings.Parameters.Files, settings.Parameters.Directory?.FullName, settings.Connections?.FullName], settings.Root);
        settings = settings with { Parameters = settings.Parameters with { Root = root, ReadsEnvironment = false } };
        var (request, usage, loaded) = ConversionRequestLoader.Load(settings);
        if (request is null)
        {
            foreach (var problem in usage)
            {
                context.Stderr.WriteLine("i2s: " + problem);
            }

            return (null, [], ExitCodes.Usage);
        }

        var (inputs, inputProblems) = InputResolver.Resolve(settings.Paths, root);
        log.Information("converting the sessions of {Count} export file(s)", inputs.Count);
        var run = request with { BeforeSession = context.BeforeSession, MaxParallel = settings.MaxParallel, KeepDetails = keepDetails, Output = output, Orchestrator = settings.Orchestrator };
        var converted = ConversionProgressView.Run(context, verbosity, inputs.Count, progress => ConversionRun.Run(inputs, run with { Progress = progress }));
        foreach (var failed in converted.InternalErrors)
        {
            log.Debug(failed.InternalError, "{Session}: internal error while converting it; the stack trace follows", failed.ObjectPath);
        }

        foreach (var failed in converted.FailedExports)
        {
            log.Debug(failed.Error, "{Input}: internal error while reading it; the stack trace follows", failed.Input);
        }

        if (converted.UnmatchedSessions.Count + converted.UnmatchedWorkflows.Count > 0)
        {
            foreach (var (option, value) in converted.UnmatchedSessions.Select(s => ("--session", s)).Concat(converted.UnmatchedWorkflows.Select(w => ("--workflow", w))))
            {
                context.Stderr.WriteLine($"i2s: {option} '{value}' selects no session of the given exports; nothing was written");
            }

            return (null, [], ExitCodes.Usage);
        }

        // The run's findings are already distinct and sorted: only findings of the inputs and the catalog need a merge.
        var diagnostics = inputProblems.Count + loaded.Count == 0 ? converted.Diagnostics
            : Core.Diagnostics.Findings.Of(converted.Diagnostics.Concat(inputProblems).Concat(loaded));
        return (converted with { Diagnostics = diagnostics }, [.. inputs.Select(i => i.DisplayPath).Distinct(StringComparer.Ordinal)], ExitCodes.Success);
    }

    /// <summary>
    /// Writes <paramref name="outputs"/> to <paramref name="directory"/> atomically (<see cref="AtomicDirectoryWriter"/>,
    /// <paramref name="marker"/> being the file that shows i2s wrote it); false, with the reason printed, when it is
    /// refused or fails, the previous output being unchanged.
    /// </summary>
    public static bool Write(CliContext context, string directory, Core.Emit.OutputSet outputs, string marker)
    {
        try
        {
            AtomicDirectoryWriter.Write(directory, outputs, OutputOwnership.Files(marker, outputs.Files.Select(f => f.RelativePath)));
            return true;
        }
        catch (OutputRefusedException refused)
        {
            context.Stderr.WriteLine("i2s: " + refused.Message);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException or OperationCanceledException)
        {
            context.Stderr.WriteLine($"i2s: {directory}: cannot write the output ({error.Message}); the previous output is unchanged");
        }

        return false;
    }
}
