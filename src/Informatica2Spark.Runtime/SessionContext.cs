using System;
using System.Collections.Generic;
using System.Linq;

namespace Informatica2Spark.Runtime;

/// <summary>
/// The run state of one start of a generated driver. <see cref="Start(RunStateOptions)"/> holds the session (a second
/// start of the same session is refused), records a new run id and, when resuming, learns which steps the session's
/// unfinished runs completed. <see cref="RunStep"/> runs one target load, or skips it when already COMPLETE; its
/// status and results commit together once it returns. <see cref="Complete"/> saves the variables and ends the run;
/// <see cref="Fail(Exception)"/> ends it without saving them. What is kept follows the persist policy.
/// </summary>
public sealed class SessionContext : IDisposable
{
    private readonly RunStateOptions options;
    private readonly IRunStateStore store;
    private readonly bool ownsStore;
    private readonly IDisposable hold;
    private readonly HashSet<string> completedBefore;
    private readonly List<StepOutcome> steps = new();
    private readonly DateTime startedAt;
    private RunStatus status = RunStatus.Running;
    private bool released;

    private SessionContext(RunStateOptions options, IRunStateStore store, bool ownsStore)
    {
        this.options = options;
        this.store = store;
        this.ownsStore = ownsStore;
        PersistPolicy = options.EffectivePersistPolicy;
        RunId = options.NewRunId();
        startedAt = Now();
        if (options.Resume && !Records)
        {
            throw new RunStateException(store.KeepsState
                ? $"--resume {options.SessionId}: persist policy off keeps no run state to resume; run without --resume or set state.persist to on or failed"
                : $"--resume {options.SessionId}: the run-state store is none, which keeps nothing to resume; run without --resume or set state.store in job.yaml");
        }

        store.EnsureSchema();
        hold = store.Hold(options.SessionId, options.HoldWait);
        try
        {
            var begun = Records
                ? store.BeginRun(new RunBeginning(options.SessionId, RunId, startedAt, options.RecoveryStrategy, PersistPolicy,
                    options.ResumeRequested, Environment.MachineName, Environment.ProcessId))
                : new RunBegun(RunId, null, Array.Empty<string>(), Array.Empty<string>());
            ChainId = begun.ChainId;
            ResumedFromRunId = begun.ResumedFromRunId;
            RecoveredRunIds = begun.RecoveredRunIds;
            completedBefore = new HashSet<string>(begun.CompletedSteps, StringComparer.Ordinal);
            var owners = options.Variables.Select(v => options.OwnerOf(v.Scope)).Distinct(StringComparer.Ordinal).ToList();
            Variables = VariableStarts.Resolve(options, owners.Count == 0 ? Array.Empty<StoredValue>() : store.LoadGlobals(owners));
            Publish(RunStatus.Running, StepResult.Empty, null, null);
        }
        catch
        {
            Release();
            throw;
        }
    }

    public string SessionId => options.SessionId;

    /// <summary>This start's id: new for every start, restarts and resumes included.</summary>
    public string RunId { get; }

    /// <summary>The recovery chain: the first run of a series of failed runs and the resumes that continue it.</summary>
    public string ChainId { get; }

    /// <summary>The run this start resumes, or null when it starts the session afresh.</summary>
    public string? ResumedFromRunId { get; }

    /// <summary>Runs a killed process had left RUNNING, marked UNKNOWN by this start.</summary>
    public IReadOnlyList<string> RecoveredRunIds { get; }

    public PersistPolicy PersistPolicy { get; }

    /// <summary>The orchestrator's run id this run publishes its task variables under, or null.</summary>
    public string? OrchestrationRunId => options.OrchestrationRunId;

    public RecoveryStrategy RecoveryStrategy => options.RecoveryStrategy;

    public VariableSet Variables { get; }

    /// <summary>The steps of this run so far, in the order they were run or skipped.</summary>
    public IReadOnlyList<StepOutcome> Steps => steps;

    public RunStatus Status => status;

    /// <summary>Starts a run with the store its options name; the context owns and closes that store.</summary>
    public static SessionContext Start(RunStateOptions options)
    {
        var store = options.Store.Open(options.ResolveSecret);
        try
        {
            return new SessionContext(options, store, ownsStore: true);
        }
        catch
        {
            store.Dispose();
            throw;
        }
    }

    /// <summary>Starts a run on a store the caller opened and keeps ownership of.</summary>
    public static SessionContext Start(RunStateOptions options, IRunStateStore store) => new(options, store, ownsStore: false);

    /// <summary>
    /// Runs one target load unless the resumed session completed it already. The step's target write must be
    /// idempotent (overwrite, truncate and load, or staged then swapped): a process killed after the write and
    /// before the COMPLETE commit reruns the step on resume. An exception marks the step ERROR and propagates.
    /// </summary>
    public StepOutcome RunStep(string stepName, Func<StepResult> step)
    {
        EnsureRunning();
        if (steps.Any(s => string.Equals(s.StepName, stepName, StringComparison.Ordinal)))
        {
            throw new InvalidOperationException($"step {stepName} already ran in run {RunId}: step names must be unique in a session");
        }

        if (completedBefore.Contains(stepName))
        {
            return Add(new StepOutcome(stepName, StepStatus.Complete, Skipped: true, StepResult.Empty, null, null));
        }

        var started = Now();
        Save(stepName, StepStatus.Running, StepResult.Empty, started, null, null);
        StepResult result;
        try
        {
            result = step() ?? StepResult.Empty;
        }
        catch (Exception error)
        {
            var failedAt = Now();
            Save(stepName, StepStatus.Error, StepResult.Empty, started, failedAt, OneLine(error.Message));
            Add(new StepOutcome(stepName, StepStatus.Error, Skipped: false, StepResult.Empty, started, failedAt));
            throw;
        }

        var ended = Now();
        Save(stepName, StepStatus.Complete, result, started, ended, null);
        return Add(new StepOutcome(stepName, StepStatus.Complete, Skipped: false, result, started, ended));
    }

    /// <summary>Ends the run as SUCCEEDED and saves the variables' final values.</summary>
    public void Complete() => End(RunStatus.Succeeded, null);

    /// <summary>Ends the run as FAILED; the variables keep the values the last successful run saved.</summary>
    public void Fail(Exception error) => Fail(error.Message);

    public void Fail(string error) => End(RunStatus.Failed, OneLine(error));

    /// <summary>The session's history in this store, oldest first.</summary>
    public IReadOnlyList<HistoryEntry> History() => store.History(SessionId);

    /// <summary>Ends a run neither completed nor failed as FAILED, releases the session and closes an owned store.</summary>
    public void Dispose()
    {
        try
        {
            if (status == RunStatus.Running)
            {
                End(RunStatus.Failed, "the driver ended without completing the run");
            }
        }
        finally
        {
            Release();
            if (ownsStore)
            {
                store.Dispose();
            }
        }
    }

    private bool Records => PersistPolicy != PersistPolicy.Off && store.KeepsState;

    private void End(RunStatus final, string? error)
    {
        EnsureRunning();
        var ended = Now();
        var ran = steps.Where(s => !s.Skipped && s.Status == StepStatus.Complete).Select(s => s.Result).ToList();
        var history = new HistoryEntry(RunId, SessionId, ChainId, final, startedAt, ended, (long)(ended - startedAt).TotalMilliseconds,
            steps.Count(s => !s.Skipped), steps.Count(s => s.Skipped),
            new StepResult(ran.Sum(r => r.RowsRead), ran.Sum(r => r.RowsWritten), ran.Sum(r => r.RowsRejected)), error);
        var globals = final == RunStatus.Succeeded && Records ? VariableStarts.Final(Variables, options, RunId, ended) : Array.Empty<StoredValue>();
        store.EndRun(new RunEnding(SessionId, RunId, final, ended, error, Records,
            RemoveRunState: Records && final == RunStatus.Succeeded && PersistPolicy == PersistPolicy.Failed, globals, history));
        Publish(final, history.Totals, ended, error);
        status = final;
        Release();
    }

    /// <summary>
    /// Writes the task variables an orchestrator's link conditions read, when an orchestration run started this run:
    /// under every persist policy, since they are the orchestrator's and not recovery state; never on the none store.
    /// </summary>
    private void Publish(RunStatus runStatus, StepResult totals, DateTime? ended, string? error)
    {
        if (options.OrchestrationRunId is { } orchestration && store.KeepsState)
        {
            store.SaveTaskState(new TaskState(SessionId, orchestration, RunId, TaskStatuses.Of(runStatus),
                totals.RowsRead, 0, totals.RowsWritten, totals.RowsRejected, totals.RowsRejected,
                runStatus == RunStatus.Failed ? JobRun.ExitFailed : 0, error, startedAt, ended));
        }
    }

    private void Release()
    {
        if (!released)
        {
            released = true;
            hold.Dispose();
        }
    }

    private void Save(string stepName, StepStatus stepStatus, StepResult result, DateTime started, DateTime? ended, string? error)
    {
        if (Records)
        {
            store.SaveStep(new StepRecord(SessionId, RunId, ChainId, stepName, stepStatus, result, started, ended, error));
        }
    }

    private StepOutcome Add(StepOutcome outcome)
    {
        steps.Add(outcome);
        return outcome;
    }

    private void EnsureRunning()
    {
        if (status != RunStatus.Running)
        {
            throw new InvalidOperationException($"run {RunId} of session {SessionId} has already ended as {status.Name()}");
        }
    }

    private DateTime Now() => options.Clock.GetUtcNow().UtcDateTime;

    private static string OneLine(string message) =>
        string.Join(' ', message.Split(new[] { '\r', '\n', '\t' }, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
