using Informatica2Spark.Core.Conversion;
using Informatica2Spark.Core.Diagnostics;
using Informatica2Spark.Core.Emit;

namespace Informatica2Spark.Core.Pipeline;

/// <summary>One session of a run as the manifest lists it; its identity is its input and its object path.</summary>
/// <param name="Input">The export it comes from, as the run records inputs.</param>
public sealed record SessionSummary(
    string Input,
    string Folder,
    string? Workflow,
    IReadOnlyList<string> WorkletPath,
    string Session,
    string ObjectPath,
    string Directory,
    ConversionStatus Status,
    IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>The exception of a conversion that failed from a bug in i2s (not from its input), or null.</summary>
    public Exception? InternalError { get; init; }

    /// <summary>How much of its mapping the plan translates.</summary>
    public Automation Figures { get; init; } = Automation.None;

    /// <summary>Its mapping as the run counts it once (input, folder, name), or null when the mapping is not in the inputs.</summary>
    public string? MappingKey { get; init; }

    /// <summary>A mapping no session runs, converted with a default session: left out of the run's figures.</summary>
    public bool RunsNoSession { get; init; }

    /// <summary>What the session was converted from and to, kept only when <see cref="ConversionRequest.KeepDetails"/> asks for it (null otherwise, or when it failed).</summary>
    public SessionDetail? Detail { get; init; }
}

/// <summary>An export whose reading threw: the input as the run records it and the exception, for the stack trace.</summary>
public sealed record ExportFailure(string Input, Exception Error);

/// <summary>A converted session's input (its folder, mapping, configuration and parameters) and its job (plan, sources, targets).</summary>
public sealed record SessionDetail(Rules.SessionInput Input, SessionJob Job);

/// <summary>An input of a run with the SHA-256 of its bytes.</summary>
public sealed record InputDigest(string Path, string Sha256);

/// <summary>What a conversion run produced: every file to write (the manifest included), each session, every finding.</summary>
public sealed record ConversionResult(OutputSet Outputs, IReadOnlyList<SessionSummary> Sessions, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool HasUnreadableInput => Diagnostics.Any(d => d.IsUnreadableInput());

    /// <summary>
    /// No session was converted and an input could not be read (or its reading failed): the run has nothing to put in
    /// place of the previous output, which the commands leave as it is.
    /// </summary>
    public bool ReadNothing => Sessions.Count == 0 && (HasUnreadableInput || FailedExports.Count > 0);

    /// <summary>The workflows planned (workflow.yaml and the orchestrator's files), in input, folder and workflow order.</summary>
    public IReadOnlyList<WorkflowSummary> Workflows { get; init; } = [];

    /// <summary><c>--session</c> values that selected no session of the exports: a usage error.</summary>
    public IReadOnlyList<string> UnmatchedSessions { get; init; } = [];

    /// <summary><c>--workflow</c> values that selected no session of the exports: a usage error.</summary>
    public IReadOnlyList<string> UnmatchedWorkflows { get; init; } = [];

    /// <summary>
    /// The exports whose reading failed from a bug in i2s (each reported as I2S0808, the other exports converted): the
    /// run is an internal error (exit code 70).
    /// </summary>
    public IReadOnlyList<ExportFailure> FailedExports { get; init; } = [];

    /// <summary>The sessions whose conversion failed from a bug in i2s: the run is an internal error (exit code 70).</summary>
    public IReadOnlyList<SessionSummary> InternalErrors => [.. Sessions.Where(s => s.InternalError is not null)];

    /// <summary>The run's figures (<see cref="FiguresOf"/>).</summary>
    public Automation Figures => FiguresOf(Sessions);

    /// <summary>
    /// The figures of the mappings that sessions run: instances counted once per mapping however many sessions run it,
    /// target loads once per session (each session loads its own targets); mappings no session runs are left out.
    /// </summary>
    public static Automation FiguresOf(IReadOnlyList<SessionSummary> sessions)
    {
        var run = sessions.Where(s => !s.RunsNoSession).ToList();
        return Automation.Combine(
            run.Where(s => s.MappingKey is not null).DistinctBy(s => s.MappingKey, StringComparer.Ordinal).Select(s => s.Figures),
            run.Select(s => s.Figures));
    }
}
