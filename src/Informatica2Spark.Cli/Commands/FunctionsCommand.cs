using System.CommandLine;
using Informatica2Spark.Cli.Options;
using Informatica2Spark.Cli.Output;
using Informatica2Spark.Core.Expressions.Functions;
using Informatica2Spark.Core.Reporting;

namespace Informatica2Spark.Cli.Commands;

/// <summary><c>i2s functions</c>: every function of the transformation language i2s knows, with its verdict and, when not exact, the difference.</summary>
internal static class FunctionsCommand
{
    public static Command Create(CliContext context)
    {
        var format = CommonOptions.Format("text", "json", "markdown");
        var output = CommonOptions.Output();
        var command = new Command("functions", "List the PowerCenter functions i2s translates, with their verdicts (exact, approximate, unsupported).")
        {
            format, output,
        };
        command.SetAction(parse =>
        {
            context.Enter("functions");
            var functions = FunctionRegistry.All;
            var report = parse.GetRequiredValue(format) switch
            {
                "json" => FunctionReports.Json(functions),
                "markdown" => FunctionReports.Markdown(functions),
                _ => FunctionReports.Text(functions),
            };
            ReportOutput.Write(report, parse.GetValue(output), context.Stdout);
            return ExitCodes.Success;
        });
        return command;
    }
}
