using System.CommandLine;
using Informatica2Spark.Cli.Input;
using Informatica2Spark.Cli.Options;
using Informatica2Spark.Cli.Output;
using Informatica2Spark.Core.Diagnostics;
using Informatica2Spark.Core.Reporting;
using Informatica2Spark.Core.Validation;

namespace Informatica2Spark.Cli.Commands;

/// <summary><c>i2s validate &lt;paths...&gt;</c>: schema and references of PowerCenter exports.</summary>
internal static class ValidateCommand
{
    public sealed record Settings(IReadOnlyList<string> Paths, string Format, FileInfo? Output, FailOn FailOn, ParameterSettings Parameters);

    public static Command Create(CliContext context)
    {
        var paths = CommonOptions.Paths("Export files or directories (searched recursively for *.xml).");
        var format = CommonOptions.Format("text", "json", "sarif");
        var output = CommonOptions.Output();
        var failOn = CommonOptions.FailOn();
        var parameters = new ParameterOptions();
        var command = new Command("validate", "Check exports against the PowerCenter schema and their internal references, and resolve session parameters when parameter options are given.")
        {
            paths, format, output, failOn,
        };
        parameters.AddTo(command);
        command.SetAction(parse => Run(context, parse, new Settings(
            parse.GetRequiredValue(paths), parse.GetRequiredValue(format), parse.GetValue(output), parse.GetRequiredValue(failOn), parameters.Read(parse))));
        return command;
    }

    private static int Run(CliContext context, ParseResult parse, Settings settings)
    {
        context.Enter("validate");
        using var log = context.CreateLogger(parse);
        var (inputs, problems) = InputResolver.Resolve(settings.Paths);
        log.Information("validating {Count} export file(s)", inputs.Count);
        var validated = ExportValidation.Run(inputs);
        var report = validated with
        {
            Diagnostics = validated.Diagnostics.Concat(problems).Concat(ParameterFindings(settings.Parameters, inputs)).Order(DiagnosticComparer.Instance).ToList(),
        };

        var rendered = settings.Format switch
        {
            "json" => ValidationJsonReport.Render(report),
            "sarif" => SarifReport.Render(report),
            _ => ValidationTextReport.Render(report),
        };
        ReportOutput.Write(rendered, settings.Output, context.Stdout);
        log.Information("{Summary}", ValidationTextReport.Summary(report));

        return report.HasUnreadableInput ? ExitCodes.UnreadableInput
            : report.HasFindingsAtOrAbove(settings.FailOn.Threshold()) ? ExitCodes.Findings
            : ExitCodes.Success;
    }

    /// <summary>With parameter options, every session's parameters are resolved too (reading the exports whole).</summary>
    private static IEnumerable<Diagnostic> ParameterFindings(ParameterSettings settings, IReadOnlyList<Core.Inputs.ExportInput> inputs)
    {
        if (!settings.Any)
        {
            return [];
        }

        var (documents, _) = Core.Inputs.ExportDocuments.Read(inputs);
        var (parameterInputs, diagnostics) = ParameterInputsLoader.Load(settings, documents);
        return diagnostics.Concat(Core.Parameters.ParameterValidation.Run(documents, parameterInputs));
    }
}
