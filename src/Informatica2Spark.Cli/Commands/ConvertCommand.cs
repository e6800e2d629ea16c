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
        var paths = CommonOptions.Paths("Export files or directories (searched recursively for *.xml).");
        var sessions = new Option<string[]>("--session") { Description = "Convert only these sessions: the object path i2s prints (FOLDER/WF:wf/ST:s), part of it (FOLDER/ST:s, WF:wf/ST:s), FOLDER/s, or the name it runs under.", AllowMultipleArgumentsPerToken = true };
        var workflows = new Option<string[]>("--workflow") { Description = "Convert only the sessions of these workflows: wf, or FOLDER/WF:wf as i2s prints it.", AllowMultipleArgumentsPerToken = true };
        var output = new Option<string>("--out") { Description = "The output directory (replaced as a whole, atomically).", DefaultValueFactory = _ => "out" };
        var connections = new Option<FileInfo?>("--connections") { Description = "The connection catalog (YAML) the drivers' data sources come from." };
        var environment = new Option<string?>("--env") { Description = "The catalog environment (default: I2S_ENV, then the catalog's default)." };
        var format = CommonOptions.Format("text", "json");
        var failOn = CommonOptions.FailOn();
        var root = CommonOptions.Root();
        var maxParallel = CommonOptions.MaxParallel();
        var orchestrator = new Option<string>("--orchestrator")
        {
            Description = "Render each workflow for this orchestrator beside its workflow.yaml: "
                + string.Join("; ", OrchestratorTargets.Names.Select(n => $"{n} ({OrchestratorTargets.Find(n)!.Description})")) + ".",
            DefaultValueFactory = _ => OrchestratorTargets.None,
        };
        orchestrator.AcceptOnlyFromAmong([.. OrchestratorTargets.Names]);
        var check = new Option<bool>("--check") { Description = "Write nothing: compare what would be written with --out, list drifted, missing and extra files, exit 1 on any difference." };
        var parameters = new ParameterOptions();
        var job = new ConvertOptions();
        var command = new Command("convert", "Convert every session of the exports to a Spark job: Spark conf, job.yaml, submit script, .NET for Apache Spark driver and report.")
        {
            paths, sessions, workflows, output, connections, environment, format, failOn, check, root, maxParallel, orchestrator,
        };
        parameters.AddTo(command);
        job.AddTo(command);
        command.SetAction(parse => Run(context, parse, new Settings(
            parse.GetRequiredValue(paths), parse.GetValue(sessions) ?? [], parse.GetValue(workflows) ?? [], parse.GetRequiredValue(output),
            parameters.Read(parse), parse.GetValue(connections), parse.GetValue(environment), job.Read(parse),
            parse.GetRequiredValue(format), CheckedFailOn(parse, failOn, check), parse.GetValue(check)) { Root = parse.GetValue(root), MaxParallel = parse.GetValue(maxParallel), Orchestrator = parse.GetRequiredValue(orchestrator) }));
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
        using var log = context.CreateLogger(parse);
        var root = InputRoot.For(settings.Paths, [.. settings.Parameters.Files, settings.Parameters.Directory?.FullName, settings.Connections?.FullName], settings.Root);
        settings = settings with { Parameters = settings.Parameters with { Root = root, ReadsEnvironment = false } };
        var (request, usage, loaded) = ConversionRequestLoader.Load(settings);
        if (request is null)
        {
            foreach (var problem in usage)
            {
                context.Stderr.WriteLine("i2s: " + problem);
            }

            return ExitCodes.Usage;
        }

        var (inputs, inputProblems) = InputResolver.Resolve(settings.Paths, root);
        log.Information("converting the sessions of {Count} export file(s)", inputs.Count);
        var converted = ConversionRun.Run(inputs, request with { BeforeSession = context.BeforeSession, MaxParallel = settings.MaxParallel, Orchestrator = settings.Orchestrator });
        foreach (var failed in converted.InternalErrors)
        {
            log.Debug(failed.InternalError, "{Session}: internal error while converting it; the stack trace follows", failed.ObjectPath);
        }

        if (converted.UnmatchedSessions.Count + converted.UnmatchedWorkflows.Count > 0)
        {
            foreach (var (option, value) in converted.UnmatchedSessions.Select(s => ("--session", s)).Concat(converted.UnmatchedWorkflows.Select(w => ("--workflow", w))))
            {
                context.Stderr.WriteLine($"i2s: {option} '{value}' selects no session of the given exports; nothing was written");
            }

            return ExitCodes.Usage;
        }

        var result = converted with { Diagnostics = Findings.Of(converted.Diagnostics.Concat(inputProblems).Concat(loaded)) };

        OutputDrift? drift = null;
        if (settings.Check)
        {
            drift = OutputDrift.Compare(result.Outputs, AtomicDirectoryWriter.ReadTree(settings.Out));
        }
        else
        {
            try
            {
                AtomicDirectoryWriter.Write(settings.Out, result.Outputs, ConversionRun.ManifestFileName);
            }
            catch (OutputRefusedException refused)
            {
                context.Stderr.WriteLine("i2s: " + refused.Message);
                return ExitCodes.Usage;
            }
            catch (Exception error) when (error is IOException or UnauthorizedAccessException)
            {
                context.Stderr.WriteLine($"i2s: {settings.Out}: cannot write the output ({error.Message}); the previous output is unchanged");
                return ExitCodes.Usage;
            }
        }

        var display = settings.Out.Replace('\\', '/').TrimEnd('/');
        context.Stdout.Write(settings.Format == "json" ? ConversionReports.Json(result, display, drift) : ConversionReports.Text(result, display, drift));
        context.Stdout.Flush();
        log.Information("{Summary}", ConversionReports.Summary(result, display, drift));

        return result.InternalErrors.Count > 0 ? ExitCodes.InternalError
            : result.HasUnreadableInput ? ExitCodes.UnreadableInput
            : drift is { IsClean: false } ? ExitCodes.Findings
            : result.Diagnostics.AnyAtOrAbove(settings.FailOn.Threshold()) ? ExitCodes.Findings
            : ExitCodes.Success;
    }
}
