using System;

namespace Informatica2Spark.Runtime;

/// <summary>The status of one target load (step) in a run.</summary>
public enum StepStatus
{
    /// <summary>Started and not finished; a step left RUNNING by a process that ended becomes <see cref="Unknown"/>.</summary>
    Running,

    /// <summary>Finished; its results were committed with this status. A resumed run skips it.</summary>
    Complete,

    /// <summary>Failed with an error; a resumed run reruns it.</summary>
    Error,

    /// <summary>The process ended while the step ran: its target may be partly written; a resumed run reruns it.</summary>
    Unknown,
}

/// <summary>The status of one run (one start of a driver).</summary>
public enum RunStatus
{
    Running,
    Succeeded,
    Failed,

    /// <summary>The process ended without completing or failing the run (killed); found by the next start.</summary>
    Unknown,
}

/// <summary>Upper-case names as stored: RUNNING, COMPLETE, ERROR, UNKNOWN, SUCCEEDED, FAILED.</summary>
public static class StatusNames
{
    public static string Name(this StepStatus status) => status.ToString().ToUpperInvariant();

    public static string Name(this RunStatus status) => status.ToString().ToUpperInvariant();

    public static StepStatus ParseStep(string text) => Enum.Parse<StepStatus>(text, ignoreCase: true);

    public static RunStatus ParseRun(string text) => Enum.Parse<RunStatus>(text, ignoreCase: true);
}
