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
    public sealed record Settings(IReadOnlyList<string> Paths, string Format, FileInfo? Output, FailOn FailOn, ParameterSettings Parameters, FileInfo? Connections, string? Environment, bool TestConnections, int Timeout)
    {
        /// <summary><c>--root</c>: what inputs are recorded relative to, or null for the default (<see cref="InputRoot"/>).</summary>
        public string? Root { get; init; }
    }

    public static Command Create(CliContext context)
    {
        var paths = CommonOptions.Paths("Export files or directories (searched recursively for *.xml).");
        var format = CommonOptions.Format("text", "json", "sarif");
        var root = CommonOptions.Root();
        var output = CommonOptions.Output();
        var failOn = CommonOptions.FailOn();
        var parameters = new ParameterOptions();
        var connections = new Option<FileInfo?>("--connections") { Description = "A connection catalog (YAML): check every session's connections against it." }.IsPath();
        var environment = new Option<string?>("--env") { Description = "The catalog environment (default: I2S_ENV, then the catalog's default)." };
        var testConnections = new Option<bool>("--test-connections") { Description = "Open a real connection to each catalog entry the tool has a driver for (PostgreSQL)." };
        var timeout = new Option<int>("--timeout") { Description = "Seconds to wait for each connection test.", DefaultValueFactory = _ => 10 };
        var command = new Command("validate", "Check exports against the PowerCenter schema and their internal references, and resolve session parameters when parameter options are given.")
        {
            paths, format, output, failOn, connections, environment, testConnections, timeout, root,
        };
        parameters.AddTo(command);
        command.Validators.Add(result =>
        {
            if (result.GetValue(testConnections) && result.GetValue(connections) is null)
            {
                result.AddError("--test-connections needs --connections FILE");
            }
        });
        command.SetAction(parse => Run(context, parse, new Settings(
            parse.GetRequiredValue(paths), parse.GetRequiredValue(format), parse.GetValue(output), parse.GetRequiredValue(failOn), parameters.Read(parse),
            parse.GetValue(connections), parse.GetValue(environment), parse.GetValue(testConnections), parse.GetValue(timeout)) { Root = parse.GetValue(root) }));
        return command;
    }

    private static int Run(CliContext context, ParseResult parse, Settings settings)
    {
        context.Enter("validate");
        using var log = context.CreateLogger(parse);
        var root = InputRoot.For(settings.Paths, [.. settings.Parameters.Files, settings.Parameters.Directory?.FullName, settings.Connections?.FullName], settings.Root);
        settings = settings with { Parameters = settings.Parameters with { Root = root } };
        var (inputs, problems) = InputResolver.Resolve(settings.Paths, root);
        log.Information("validating {Count} export file(s)", inputs.Count);
        var validated = ExportValidation.Run(inputs);
        var report = validated with
        {
            Diagnostics = Findings.Of(validated.Diagnostics.Concat(problems).Concat(SessionFindings(settings, inputs))),
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

    /// <summary>
    /// With parameter options or a connection catalog, every session's parameters (and connections) are resolved too,
    /// which reads the exports whole.
    /// </summary>
    private static IEnumerable<Diagnostic> SessionFindings(Settings settings, IReadOnlyList<Core.Inputs.ExportInput> inputs)
    {
        if (!settings.Parameters.Any && settings.Connections is null)
        {
            return [];
        }

        var (documents, _) = Core.Inputs.ExportDocuments.Read(inputs);
        var (parameterInputs, diagnostics) = ParameterInputsLoader.Load(settings.Parameters, documents);
        var findings = diagnostics.ToList();
        if (settings.Parameters.Any)
        {
            findings.AddRange(Core.Parameters.ParameterValidation.Run(documents, parameterInputs));
        }

        if (settings.Connections is not null)
        {
            var (catalog, catalogDiagnostics) = CatalogLoader.Load(settings.Connections, settings.Environment, settings.Parameters.Root);
            findings.AddRange(catalogDiagnostics);
            if (catalog is not null)
            {
                findings.AddRange(Core.Connections.ConnectionValidation.Run(documents, parameterInputs, catalog));
                if (settings.TestConnections)
                {
                    findings.AddRange(Connectivity.ConnectionTester.TestAsync(catalog, TimeSpan.FromSeconds(Math.Max(1, settings.Timeout))).GetAwaiter().GetResult());
                }
            }
        }

        return findings;
    }
}
