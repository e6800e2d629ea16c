using System.CommandLine;
using System.Globalization;
using Informatica2Spark.Cli.Assessment;
using Informatica2Spark.Cli.Options;
using Informatica2Spark.Core.Assessment;
using Informatica2Spark.Core.Emit;
using Informatica2Spark.Core.Reporting;

namespace Informatica2Spark.Cli.Commands;

/// <summary>
/// <c>i2s assess &lt;paths...&gt; --out DIR</c>: converts the exports in memory with the options of <c>convert</c>
/// (<see cref="ConversionOptionSet"/>) and writes only the assessment (docs/assessment.md): <c>assessment.json</c>,
/// <c>assessment.html</c> and <c>assessment.xlsx</c>, atomically to <c>--out</c>. <c>--effort FILE</c> gives the
/// per-bucket effort figures (the <c>effort</c> section of a YAML file, <see cref="EffortFiguresParser"/>). Findings are
/// the assessment's content, not a failure: the exit code is 0 unless an input is unreadable (3), a usage error (2)
/// or an internal error (70).
/// </summary>
internal static class AssessCommand
{
    public static Command Create(CliContext context)
    {
        var options = new ConversionOptionSet("assessment");
        var effort = new Option<FileInfo?>("--effort") { Description = "Effort figures per complexity bucket, with their unit and source: the 'effort' section of a YAML file (docs/assessment.md). Without it no effort is estimated." }.IsPath();
        var command = new Command("assess", "Assess the exports for migration: convert them in memory and write assessment.json, assessment.html and assessment.xlsx (inventory, complexity, automation, gaps, lineage).");
        options.AddTo(command);
        command.Options.Add(effort);
        command.SetAction(parse => Run(context, parse, options.Read(parse, "text", FailOn.Never, check: false), parse.GetValue(effort)));
        return command;
    }

    private static int Run(CliContext context, ParseResult parse, ConvertCommand.Settings settings, FileInfo? effortFile)
    {
        context.Enter("assess");
        using var log = context.CreateLogger(parse);
        EffortFigures? effort = null;
        if (effortFile is not null)
        {
            string? problem;
            try
            {
                (effort, problem) = EffortFiguresParser.Parse(File.ReadAllText(effortFile.FullName), effortFile.ToString());
            }
            catch (Exception error) when (error is IOException or UnauthorizedAccessException)
            {
                problem = $"{effortFile}: cannot read the effort figures ({error.Message})";
            }

            if (problem is not null)
            {
                context.Stderr.WriteLine("i2s: " + problem);
                return ExitCodes.Usage;
            }
        }

        var (result, inputs, exit) = ConversionCommandRun.Convert(context, log, parse.GetValue(CommonOptions.Verbosity), ref settings, keepDetails: true);
        if (result is null)
        {
            return exit;
        }

        context.ReportUnreadable(result.Diagnostics);
        var display = settings.Out.Replace('\\', '/').TrimEnd('/');
        if (result.ReadNothing)
        {
            context.Stdout.WriteLine($"assessed nothing: no input could be read, nothing was written; {display} is unchanged");
            return result.FailedExports.Count > 0 ? ExitCodes.InternalError : ExitCodes.UnreadableInput;
        }

        var assessment = AssessmentBuilder.Build(result, inputs, effort);
        var outputs = new OutputSet();
        outputs.Add(AssessmentJson.Emit(assessment));
        outputs.Add(OutputFile.Text(AssessmentPage.FileName, AssessmentPage.Write(assessment)));
        outputs.Add(new OutputFile(AssessmentWorkbook.FileName, AssessmentWorkbook.Write(assessment)));
        if (!ConversionCommandRun.Write(context, settings.Out, outputs, AssessmentJson.FileName))
        {
            return ExitCodes.Usage;
        }

        var o = assessment.Overview;
        var summary = string.Create(CultureInfo.InvariantCulture,
            $"assessed {Counted.Of(o.Mappings, "mapping")} of {Counted.Of(o.Sessions, "session")} in {Counted.Of(o.Folders, "folder")}: {assessment.Automation.Translated + assessment.Automation.Approximated}/{assessment.Automation.Instances} instances translated or approximated, {Counted.Of(o.Gaps, "gap")}; wrote {display}/{AssessmentJson.FileName}, {AssessmentPage.FileName}, {AssessmentWorkbook.FileName}");
        context.Stdout.WriteLine(summary);
        context.Stdout.Flush();
        log.Information("{Summary}", summary);
        return result.InternalErrors.Count > 0 ? ExitCodes.InternalError
            : result.HasUnreadableInput ? ExitCodes.UnreadableInput
            : ExitCodes.Success;
    }
}
