using System;

namespace Informatica2Spark.Runtime;

/// <summary>What one target load did: rows read from its sources, written to its target, rejected.</summary>
public sealed record StepResult(long RowsRead, long RowsWritten, long RowsRejected)
{
    public static StepResult Empty { get; } = new(0, 0, 0);
}

/// <summary>
/// One step as this run saw it: run now (<see cref="Skipped"/> false) or skipped because the resumed session had
/// already completed it. The audit times are UTC; a skipped step has no times and no results of this run.
/// </summary>
public sealed record StepOutcome(
    string StepName,
    StepStatus Status,
    bool Skipped,
    StepResult Result,
    DateTime? StartedAt,
    DateTime? EndedAt)
{
    public TimeSpan? Duration => EndedAt - StartedAt;
}

/// <summary>One line of a session's history: one run, kept under persist policies on and failed.</summary>
public sealed record HistoryEntry(
    string RunId,
    string SessionId,
    string ChainId,
    RunStatus Status,
    DateTime StartedAt,
    DateTime? EndedAt,
    long? DurationMs,
    int StepsRun,
    int StepsSkipped,
    StepResult Totals,
    string? Error);
