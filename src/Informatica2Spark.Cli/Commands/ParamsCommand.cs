using System.CommandLine;
using Informatica2Spark.Cli.Input;
using Informatica2Spark.Cli.Options;
using Informatica2Spark.Cli.Output;
using Informatica2Spark.Core.Diagnostics;
using Informatica2Spark.Core.Inputs;
using Informatica2Spark.Core.Parameters;
using Informatica2Spark.Core.Reporting;
using Informatica2Spark.Core.Sessions;

namespace Informatica2Spark.Cli.Commands;

/// <summary><c>i2s params &lt;paths...&gt; --session NAME</c>: every parameter a session uses, its value, layer and origin.</summary>
internal static class ParamsCommand
{
    public sealed record Settings(IReadOnlyList<string> Paths, string Session, string? Workflow, ParameterSettings Parameters, string Format, FileInfo? Output, FailOn FailOn);

    public static Command Create(CliContext context)
    {
        var paths = CommonOptions.Paths("Export files or directories (searched recursively for *.xml).");
        var session = new Option<string>("--session")
        {
            Description = "The session (or session task instance) name; inside worklets, optionally worklet/.../session.",
            Required = true,
        };
        var workflow = new Option<string?>("--workflow") { Description = "The workflow running it, when several do." };
        var parameters = new ParameterOptions();
        var format = CommonOptions.Format("text", "json");
        var output = CommonOptions.Output();
        var failOn = CommonOptions.FailOn();
        var command = new Command("params", "Show every parameter and variable a session uses, with its value, layer and origin.")
        {
            paths, session, workflow, format, output, failOn,
        };
        parameters.AddTo(command);
        command.SetAction(parse => Run(context, parse, new Settings(
            parse.GetRequiredValue(paths), parse.GetRequiredValue(session), parse.GetValue(workflow), parameters.Read(parse),
            parse.GetRequiredValue(format), parse.GetValue(output), parse.GetRequiredValue(failOn))));
        return command;
    }

    private static int Run(CliContext context, ParseResult parse, Settings settings)
    {
        context.Enter("params");
        using var log = context.CreateLogger(parse);
        var (inputs, problems) = InputResolver.Resolve(settings.Paths);
        var (documents, readDiagnostics) = ExportDocuments.Read(inputs);
        var (parameterInputs, parameterDiagnostics) = ParameterInputsLoader.Load(settings.Parameters, documents);
        if (context.ReportUnreadable(problems.Concat(readDiagnostics).Concat(parameterDiagnostics)))
        {
            return ExitCodes.UnreadableInput;
        }

        var matches = SessionOccurrences.In(documents)
            .Where(m => Matches(m.Occurrence, settings.Session)
                && (settings.Workflow is null || string.Equals(m.Occurrence.Workflow, settings.Workflow, StringComparison.OrdinalIgnoreCase)))
            .ToList();
        if (matches.Count != 1)
        {
            context.Stderr.WriteLine(matches.Count == 0
                ? $"i2s: no session named '{settings.Session}'{(settings.Workflow is null ? string.Empty : $" in workflow '{settings.Workflow}'")} in the given exports"
                : $"i2s: session '{settings.Session}' runs in several places ({string.Join(", ", matches.Select(m => m.Occurrence.ObjectPath))}); choose one with --workflow or --session worklet/.../session");
            return ExitCodes.Usage;
        }

        var (document, folder, occurrence) = matches[0];
        var report = SessionParameters.Resolve(document.Path, folder, occurrence, parameterInputs);
        var diagnostics = parameterDiagnostics.Concat(report.Resolution.Diagnostics).Order(DiagnosticComparer.Instance).ToList();
        ReportOutput.Write(settings.Format == "json" ? ParameterReports.Json(report, diagnostics) : ParameterReports.Text(report, diagnostics), settings.Output, context.Stdout);
        log.Information("resolved {Count} parameter(s) of {Session}", report.Resolution.Parameters.Count, occurrence.ObjectPath);
        return settings.FailOn.Threshold() is { } threshold && diagnostics.Any(d => d.Severity >= threshold) ? ExitCodes.Findings : ExitCodes.Success;
    }

    /// <summary>A session name, or a worklet path ending in the session name (<c>wl_outer/wl_inner/s_load</c>).</summary>
    private static bool Matches(SessionOccurrence occurrence, string selector)
    {
        var parts = selector.Split('/');
        return occurrence.Name.Equals(parts[^1], StringComparison.OrdinalIgnoreCase)
            && (parts.Length == 1 || occurrence.WorkletPath.SequenceEqual(parts[..^1], StringComparer.OrdinalIgnoreCase));
    }
}
