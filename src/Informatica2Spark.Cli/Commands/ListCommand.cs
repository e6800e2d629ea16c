using System.CommandLine;
using Informatica2Spark.Cli.Input;
using Informatica2Spark.Cli.Options;
using Informatica2Spark.Cli.Output;
using Informatica2Spark.Core.Inventory;
using Informatica2Spark.Core.Reporting;

namespace Informatica2Spark.Cli.Commands;

/// <summary><c>i2s list &lt;paths...&gt;</c>: the inventory of each folder of each export.</summary>
internal static class ListCommand
{
    public sealed record Settings(IReadOnlyList<string> Paths, string Format, FileInfo? Output)
    {
        /// <summary><c>--root</c>: what inputs are recorded relative to, or null for the default (<see cref="InputRoot"/>).</summary>
        public string? Root { get; init; }
    }

    public static Command Create(CliContext context)
    {
        var paths = CommonOptions.Paths("Export files or directories (searched recursively for *.xml).");
        var format = CommonOptions.Format("text", "json");
        var root = CommonOptions.Root();
        var output = CommonOptions.Output();
        var command = new Command("list", "List sessions, mappings, workflows, worklets, mapplets and transformation types per folder.")
        {
            paths, format, output, root,
        };
        command.SetAction(parse => Run(context, parse, new Settings(parse.GetRequiredValue(paths), parse.GetRequiredValue(format), parse.GetValue(output)) { Root = parse.GetValue(root) }));
        return command;
    }

    private static int Run(CliContext context, ParseResult parse, Settings settings)
    {
        context.Enter("list");
        using var log = context.CreateLogger(parse);
        var (inputs, problems) = InputResolver.Resolve(settings.Paths, InputRoot.For(settings.Paths, [], settings.Root));
        var (inventory, diagnostics) = InventoryRun.Run(inputs);
        var unreadable = context.ReportUnreadable(problems.Concat(diagnostics));
        var rendered = settings.Format == "json" ? InventoryReports.Json(inventory) : InventoryReports.Text(inventory);
        ReportOutput.Write(rendered, settings.Output, context.Stdout);
        log.Information("listed {Count} export file(s)", inventory.Files.Count);
        return unreadable ? ExitCodes.UnreadableInput : ExitCodes.Success;
    }
}
