using System;
using System.Collections.Generic;

namespace Informatica2Spark.Runtime;

/// <summary>The store that keeps nothing: every start runs every step and variables start from their defaults.</summary>
public sealed class NoneStore : IRunStateStore
{
    public static NoneStore Instance { get; } = new();

    public string Kind => "none";

    public bool KeepsState => false;

    public void EnsureSchema()
    {
    }

    public IDisposable Hold(string sessionId, TimeSpan wait) => this;

    public RunBegun BeginRun(RunBeginning run) => new(run.RunId, null, Array.Empty<string>(), Array.Empty<string>());

    public void SaveStep(StepRecord step)
    {
    }

    public IReadOnlyList<StoredValue> LoadGlobals(IReadOnlyCollection<string> ownerIds) => Array.Empty<StoredValue>();

    public void EndRun(RunEnding end)
    {
    }

    public IReadOnlyList<HistoryEntry> History(string sessionId) => Array.Empty<HistoryEntry>();

    public void SaveTaskState(TaskState state)
    {
    }

    public TaskState? LoadTaskState(string sessionId, string orchestrationRunId) => null;

    public void Dispose()
    {
    }
}
