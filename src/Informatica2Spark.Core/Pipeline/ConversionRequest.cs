using Informatica2Spark.Core.Conversion;
using Informatica2Spark.Core.Diagnostics;
using Informatica2Spark.Core.Emit.Templates;
using Informatica2Spark.Core.Model;
using Informatica2Spark.Core.Parameters;
using Informatica2Spark.Core.Sessions;

namespace Informatica2Spark.Core.Pipeline;

/// <summary>Everything one <c>i2s convert</c> run needs besides the exports.</summary>
/// <param name="Parameters">The parameter inputs for a document's sessions (the caller reads the files they name).</param>
public sealed record ConversionRequest(
    ConversionOptions Options,
    TemplateSet Templates,
    Func<ExportDocument, (ParameterInputs Inputs, IReadOnlyList<Diagnostic> Diagnostics)> Parameters)
{
    /// <summary>
    /// The orchestrator target every planned workflow is rendered for (<c>--orchestrator</c>, a name of
    /// <see cref="Emit.Orchestration.OrchestratorTargets"/>); <c>none</c> (the default) writes workflow.yaml only.
    /// </summary>
    public string Orchestrator { get; init; } = Emit.Orchestration.OrchestratorTargets.None;

    /// <summary>The sessions to convert (<c>--session</c>, see <see cref="SessionSelector"/>); empty: all.</summary>
    public IReadOnlyList<SessionSelector> Sessions { get; init; } = [];

    /// <summary>
    /// Called with each session occurrence just before it is converted, inside the conversion's isolation; a seam for
    /// tests, which throw from it to stand for a bug. Null in production.
    /// </summary>
    public Action<SessionOccurrence>? BeforeSession { get; init; }

    /// <summary>
    /// How many sessions convert at once (<c>--max-parallel</c>, at least 1): the run's only level of parallelism, on
    /// that many dedicated threads (<see cref="WorkerPool"/>); 1 converts everything on the calling thread. The output
    /// is the same for every value.
    /// </summary>
    public int MaxParallel { get; init; } = 1;

    /// <summary>The workflows whose sessions to convert (<c>--workflow</c>, see <see cref="WorkflowSelector"/>); empty: all.</summary>
    public IReadOnlyList<WorkflowSelector> Workflows { get; init; } = [];

    /// <summary>Whether the occurrence is to be converted: every selector kind given selects it.</summary>
    public bool Selects(SessionOccurrence occurrence) =>
        (Sessions.Count == 0 || Sessions.Any(s => s.Selects(occurrence)))
        && (Workflows.Count == 0 || Workflows.Any(w => w.Selects(occurrence)));
}
