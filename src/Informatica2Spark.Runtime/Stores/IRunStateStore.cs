using System;
using System.Collections.Generic;

namespace Informatica2Spark.Runtime;

/// <summary>
/// Keeps run state. <see cref="SessionContext"/> decides what to write under the persist policy; a store writes
/// each call in one transaction.
/// </summary>
public interface IRunStateStore : IDisposable
{
    /// <summary><c>none</c>, <c>sqlite</c> or <c>postgres</c>.</summary>
    string Kind { get; }

    /// <summary>False for the none store, which keeps nothing and can recover nothing.</summary>
    bool KeepsState { get; }

    /// <summary>Creates the tables when missing (idempotent, safe when several drivers start at once).</summary>
    void EnsureSchema();

    /// <summary>
    /// Holds the session for this process until the returned lease is disposed or the process ends; throws
    /// <see cref="SessionBusyException"/> when another start holds it after waiting up to <paramref name="wait"/>.
    /// </summary>
    IDisposable Hold(string sessionId, TimeSpan wait);

    /// <summary>Marks runs a dead process left RUNNING as UNKNOWN, opens or continues the recovery chain, records the run.</summary>
    RunBegun BeginRun(RunBeginning run);

    /// <summary>Writes one step row (insert or update) in one statement: status and results commit together.</summary>
    void SaveStep(StepRecord step);

    /// <summary>Values saved by the last successful runs of these owners (sessions, workflows).</summary>
    IReadOnlyList<StoredValue> LoadGlobals(IReadOnlyCollection<string> ownerIds);

    /// <summary>Saves globals, ends the run, writes its history line and removes its state, as asked, in one transaction.</summary>
    void EndRun(RunEnding end);

    /// <summary>The session's history, oldest first.</summary>
    IReadOnlyList<HistoryEntry> History(string sessionId);

    /// <summary>Writes (inserts or replaces) the task variables of a session run under an orchestration run, in one statement.</summary>
    void SaveTaskState(TaskState state);

    /// <summary>The task variables of the session's last start under the orchestration run, or null when it has none.</summary>
    TaskState? LoadTaskState(string sessionId, string orchestrationRunId);
}

/// <summary>A start to record.</summary>
public sealed record RunBeginning(
    string SessionId,
    string RunId,
    DateTime StartedAt,
    RecoveryStrategy Strategy,
    PersistPolicy Policy,
    bool Resume,
    string HolderHost,
    int HolderProcessId);

/// <summary>The recorded start: its recovery chain, the run it resumes, the steps that chain completed.</summary>
public sealed record RunBegun(
    string ChainId,
    string? ResumedFromRunId,
    IReadOnlyCollection<string> CompletedSteps,
    IReadOnlyList<string> RecoveredRunIds);

/// <summary>One step row.</summary>
public sealed record StepRecord(
    string SessionId,
    string RunId,
    string ChainId,
    string StepName,
    StepStatus Status,
    StepResult Result,
    DateTime StartedAt,
    DateTime? EndedAt,
    string? Error);

/// <summary>A global value (mapping or workflow variable) as stored, with the convertor that wrote it.</summary>
public sealed record StoredValue(
    string OwnerId,
    VariableScope Scope,
    string Name,
    string? Value,
    string Convertor,
    string RunId,
    DateTime UpdatedAt);

/// <summary>The end of a run and what to write for it.</summary>
public sealed record RunEnding(
    string SessionId,
    string RunId,
    RunStatus Status,
    DateTime EndedAt,
    string? Error,
    bool RecordRun,
    bool RemoveRunState,
    IReadOnlyList<StoredValue> Globals,
    HistoryEntry History);
