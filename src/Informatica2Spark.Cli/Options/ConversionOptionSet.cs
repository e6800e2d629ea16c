using System.CommandLine;
using Informatica2Spark.Cli.Commands;
using Informatica2Spark.Core.Emit.Orchestration;

namespace Informatica2Spark.Cli.Options;

/// <summary>
/// The inputs and options of a conversion, defined once for the commands that convert (<c>convert</c>, <c>assess</c>):
/// the export paths, session and workflow selectors, <c>--out</c>, the connection catalog and environment,
/// <c>--root</c>, <c>--max-parallel</c>, the parameter options and the options that shape generated jobs.
/// </summary>
internal sealed class ConversionOptionSet
{
    public Argument<string[]> Paths { get; } = CommonOptions.Paths("Export files or directories (searched recursively for *.xml).");

    public Option<string[]> Sessions { get; } = new("--session") { Description = "Convert only these sessions: the object path i2s prints (FOLDER/WF:wf/ST:s), part of it (FOLDER/ST:s, WF:wf/ST:s), FOLDER/s, or the name it runs under.", AllowMultipleArgumentsPerToken = true };

    public Option<string[]> Workflows { get; } = new("--workflow") { Description = "Convert only the sessions of these workflows: wf, or FOLDER/WF:wf as i2s prints it.", AllowMultipleArgumentsPerToken = true };

    public Option<string> Out { get; }

    public Option<FileInfo?> Connections { get; } = new Option<FileInfo?>("--connections") { Description = "The connection catalog (YAML) the drivers' data sources come from." }.IsPath();

    public Option<string?> Environment { get; } = new("--env") { Description = "The catalog environment (default: I2S_ENV, then the catalog's default)." };

    public Option<string?> Root { get; } = CommonOptions.Root();

    public Option<int> MaxParallel { get; } = CommonOptions.MaxParallel();

    /// <summary><c>--orchestrator</c>: the target each workflow is rendered for beside its workflow.yaml (<see cref="OrchestratorTargets"/>).</summary>
    public Option<string> Orchestrator { get; } = CreateOrchestrator();

    public ParameterOptions Parameters { get; } = new();

    public ConvertOptions Job { get; } = new();

    /// <param name="defaultOut">The default output directory.</param>
    public ConversionOptionSet(string defaultOut) =>
        Out = new Option<string>("--out") { Description = "The output directory (replaced as a whole, atomically).", DefaultValueFactory = _ => defaultOut }.IsPath();

    /// <summary>Adds the argument and every option to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        command.Arguments.Add(Paths);
        foreach (var option in new Option[] { Sessions, Workflows, Out, Connections, Environment, Root, MaxParallel, Orchestrator })
        {
            command.Options.Add(option);
        }

        Parameters.AddTo(command);
        Job.AddTo(command);
    }

    /// <summary>The settings of a parse, with the report options of the command that reads them.</summary>
    public ConvertCommand.Settings Read(ParseResult parse, string format, FailOn failOn, bool check) => new(
        parse.GetRequiredValue(Paths), parse.GetValue(Sessions) ?? [], parse.GetValue(Workflows) ?? [], parse.GetRequiredValue(Out),
        Parameters.Read(parse), parse.GetValue(Connections), parse.GetValue(Environment), Job.Read(parse), format, failOn, check)
    {
        Root = parse.GetValue(Root),
        MaxParallel = parse.GetValue(MaxParallel),
        Orchestrator = parse.GetRequiredValue(Orchestrator),
    };

    private static Option<string> CreateOrchestrator()
    {
        var orchestrator = new Option<string>("--orchestrator")
        {
            Description = "Render each workflow for this orchestrator beside its workflow.yaml: "
                + string.Join("; ", OrchestratorTargets.Names.Select(n => $"{n} ({OrchestratorTargets.Find(n)!.Description})")) + ".",
            DefaultValueFactory = _ => OrchestratorTargets.None,
        };
        orchestrator.AcceptOnlyFromAmong([.. OrchestratorTargets.Names]);
        return orchestrator;
    }
}
