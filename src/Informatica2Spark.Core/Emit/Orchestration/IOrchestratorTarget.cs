using Informatica2Spark.Core.Emit.Templates;
using Informatica2Spark.Core.Workflows;

namespace Informatica2Spark.Core.Emit.Orchestration;

/// <summary>
/// An orchestrator a workflow plan is rendered for (<c>i2s convert --orchestrator NAME</c>): one class per target, found
/// by reflection and indexed by <see cref="Name"/> (<see cref="OrchestratorTargets"/>). A target renders its files
/// through the Handlebars templates of <c>templates/</c> (replaceable by file name like every other template) and
/// writes them in the workflow's directory, beside <c>workflow.yaml</c> and the sessions' jobs. Where the orchestrator
/// cannot express a PowerCenter behaviour as it is, the generated definition keeps PowerCenter's meaning with the means
/// the orchestrator has and says how in a comment of the file. Output is deterministic: stable order, no times, no
/// machine paths.
/// </summary>
public interface IOrchestratorTarget
{
    /// <summary>The name <c>--orchestrator</c> takes, lower case: <c>airflow</c>, <c>databricks</c>, <c>none</c>.</summary>
    string Name { get; }

    /// <summary>One line for <c>--help</c> and the docs: what the target generates.</summary>
    string Description { get; }

    /// <summary>
    /// The files of one workflow, paths relative to the output root under <see cref="OrchestrationInput.Directory"/>.
    /// Nested worklet plans are part of <see cref="OrchestrationInput.Plan"/>; a target renders them inside the
    /// workflow's files or as files of their own.
    /// </summary>
    /// <exception cref="TemplateException">A replaced template does not render.</exception>
    IReadOnlyList<OutputFile> Emit(OrchestrationInput input, TemplateSet templates);

    /// <summary>
    /// The files written once per output whatever the number of workflows (for example a module every workflow's
    /// definition imports), paths relative to the output root; none by default.
    /// </summary>
    IReadOnlyList<OutputFile> EmitShared(TemplateSet templates) => [];
}

/// <summary>What a target renders for one workflow.</summary>
/// <param name="Plan">The workflow's plan, worklets nested.</param>
/// <param name="Directory">The workflow's output directory relative to the output root (<c>FOLDER/WORKFLOW</c>), where
/// <c>workflow.yaml</c> is written; session jobs' directories (<see cref="SessionAction.JobDirectory"/>) are relative to
/// the output root too.</param>
public sealed record OrchestrationInput(WorkflowPlan Plan, string Directory)
{
    /// <summary>Where the output is published, the shared state store and the cluster (defaults: <see cref="OrchestrationSettings.Default"/>).</summary>
    public OrchestrationSettings Settings { get; init; } = OrchestrationSettings.Default;

    /// <summary>The path of a session job's directory relative to the workflow's directory, forward slashes.</summary>
    public string RelativeToWorkflow(string jobDirectory)
    {
        var from = Directory.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var to = jobDirectory.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var common = from.Zip(to).TakeWhile(p => p.First.Equals(p.Second, StringComparison.Ordinal)).Count();
        return string.Join('/', Enumerable.Repeat("..", from.Length - common).Concat(to.Skip(common)));
    }
}

/// <summary>Every orchestrator target by name, in any letter case.</summary>
public static class OrchestratorTargets
{
    /// <summary>The target that writes <c>workflow.yaml</c> only, the default.</summary>
    public const string None = "none";

    private static readonly Lazy<IReadOnlyDictionary<string, IOrchestratorTarget>> Index = new(() => NamedIndex.Of<IOrchestratorTarget>(t => [t.Name], "orchestrator"));

    /// <summary>The target of this name, or null when there is none.</summary>
    public static IOrchestratorTarget? Find(string name) => Index.Value.GetValueOrDefault(name);

    /// <summary>Every target's name, in ordinal order.</summary>
    public static IReadOnlyList<string> Names => [.. Index.Value.Keys.Order(StringComparer.Ordinal)];
}
