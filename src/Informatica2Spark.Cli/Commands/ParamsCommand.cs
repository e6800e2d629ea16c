using System.CommandLine;
using Informatica2Spark.Cli.Input;
using Informatica2Spark.Cli.Options;
using Informatica2Spark.Cli.Output;
using Informatica2Spark.Core.Diagnostics;
using Informatica2Spark.Core.Inputs;
using Informatica2Spark.Core.Parameters;
using Informatica2Spark.Core.Reporting;
using Informatica2Spark.Core.Sessions;
using Informatica2Spark.Core.Validation.Sessions;

namespace Informatica2Spark.Cli.Commands;

/// <summary><c>i2s params &lt;paths...&gt; --session NAME</c>: every parameter a session uses, its value, layer and origin.</summary>
internal static class ParamsCommand
{
    public sealed record Settings(IReadOnlyList<string> Paths, string Session, string? Workflow, ParameterSettings Parameters, string Format, FileInfo? Output, FailOn FailOn)
    {
        /// <summary><c>--root</c>: what inputs are recorded relative to, or null for the default (<see cref="InputRoot"/>).</summary>
        public string? Root { get; init; }
    }

    public static Command Create(CliContext context)
    {
        var paths = CommonOptions.Paths("Export files or directories (searched recursively for *.xml).");
        var session = new Option<string>("--session")
        {
            Description = "The session: the object path i2s prints (FOLDER/WF:wf/WL:wl/ST:s), part of it (FOLDER/ST:s, WF:wf/ST:s), FOLDER/s, worklet/.../session, or the name it runs under.",
            Required = true,
        };
        var workflow = new Option<string?>("--workflow") { Description = "The workflow running it, when several do: wf, or FOLDER/WF:wf as i2s prints it." };
        var parameters = new ParameterOptions();
        var format = CommonOptions.Format("text", "json");
        var root = CommonOptions.Root();
        var output = CommonOptions.Output();
        var failOn = CommonOptions.FailOn();
        var command = new Command("params", "Show every parameter and variable a session uses, with its value, layer and origin.")
        {
            paths, session, workflow, format, output, failOn, root,
        };
        parameters.AddTo(command);
        command.SetAction(parse => Run(context, parse, new Settings(
            parse.GetRequiredValue(paths), parse.GetRequiredValue(session), parse.GetValue(workflow), parameters.Read(parse),
            parse.GetRequiredValue(format), parse.GetValue(output), parse.GetRequiredValue(failOn)) { Root = parse.GetValue(root) }));
        return command;
    }

    private static int Run(CliContext context, ParseResult parse, Settings settings)
    {
        context.Enter("params");
        using var log = context.CreateLogger(parse);
        var root = InputRoot.For(settings.Paths, [.. settings.Parameters.Files, settings.Parameters.Directory?.FullName], settings.Root);
        settings = settings with { Parameters = settings.Parameters with { Root = root } };
        var (inputs, problems) = InputResolver.Resolve(settings.Paths, root);
        var (documents, readDiagnostics) = ExportDocuments.Read(inputs);
        var (parameterInputs, parameterDiagnostics) = ParameterInputsLoader.Load(settings.Parameters, documents);
        if (context.ReportUnreadable(problems.Concat(readDiagnostics).Concat(parameterDiagnostics)))
        {
            return ExitCodes.UnreadableInput;
        }

        var (session, sessionError) = SessionSelector.Parse(settings.Session);
        var (workflow, workflowError) = settings.Workflow is null ? (null, null) : WorkflowSelector.Parse(settings.Workflow);
        if ((sessionError ?? workflowError) is { } error)
        {
            context.Stderr.WriteLine("i2s: " + error);
            return ExitCodes.Usage;
        }

        var all = SessionOccurrences.In(documents).ToList();
        var matches = all.Where(m => session!.Selects(m.Occurrence) && (workflow is null || workflow.Selects(m.Occurrence))).ToList();
        if (matches.Count != 1)
        {
            var several = matches.Select(m => m.Document.Path).Distinct(StringComparer.Ordinal).Count() > 1;
            context.Stderr.WriteLine(matches.Count == 0
                ? $"i2s: no session '{settings.Session}'{(settings.Workflow is null ? string.Empty : $" in workflow '{settings.Workflow}'")} in the given exports"
                : $"i2s: session '{settings.Session}' runs in several places ({string.Join(", ", matches.Select(m => several ? $"{m.Occurrence.ObjectPath} in {m.Document.Path}" : m.Occurrence.ObjectPath))}); "
                    + (several && matches.Select(m => m.Occurrence.ObjectPath.ToUpperInvariant()).Distinct().Count() == 1
                        ? "give only the export that holds the one you mean"
                        : "name it by its object path as listed"));
            return ExitCodes.Usage;
        }

        var (document, folder, occurrence) = matches[0];
        var report = SessionParameters.Resolve(document.Path, folder, occurrence, parameterInputs);
        var passwords = PlaintextPasswordInParameterFileRule.Find(SessionParameters.FilesOf(folder, occurrence, parameterInputs), report.Resolution.Parameters, occurrence.Name, occurrence.ObjectPath);
        var diagnostics = Findings.Of(parameterDiagnostics.Concat(report.Resolution.Diagnostics).Concat(passwords));
        ReportOutput.Write(settings.Format == "json" ? ParameterReports.Json(report, diagnostics) : ParameterReports.Text(report, diagnostics), settings.Output, context.Stdout);
        log.Information("resolved {Count} parameter(s) of {Session}", report.Resolution.Parameters.Count, occurrence.ObjectPath);
        return settings.FailOn.Threshold() is { } threshold && diagnostics.Any(d => d.Severity >= threshold) ? ExitCodes.Findings : ExitCodes.Success;
    }
}
