using System;

namespace Informatica2Spark.Runtime;

/// <summary>
/// The task variables of one session run started by an orchestrator, as its link conditions read them (Workflow Basics
/// Guide, Workflow Variables: predefined task variables <c>$task.Status</c>, <c>SrcSuccessRows</c>,
/// <c>SrcFailedRows</c>, <c>TgtSuccessRows</c>, <c>TgtFailedRows</c>, <c>TotalTransErrors</c>, <c>ErrorCode</c>,
/// <c>ErrorMsg</c>, <c>StartTime</c>, <c>EndTime</c>). One row of <c>i2s_task</c> per session and orchestration run
/// (the orchestrator's own run id: Airflow's <c>run_id</c>, Databricks' <c>{{job.run_id}}</c>); a retry under the same
/// orchestration run replaces it.
/// </summary>
/// <param name="SessionId">The session's object path, as <see cref="RunStateOptions.SessionId"/>.</param>
/// <param name="OrchestrationRunId">The orchestrator's run id the driver was given.</param>
/// <param name="RunId">The driver's own run id of this start.</param>
/// <param name="Status"><see cref="TaskStatuses.Started"/> while it runs, then <see cref="TaskStatuses.Succeeded"/> or <see cref="TaskStatuses.Failed"/>.</param>
/// <param name="SrcSuccessRows">Rows read by the steps this start ran.</param>
/// <param name="SrcFailedRows">Source rows that failed to be read: 0, Spark readers reject none.</param>
/// <param name="TgtSuccessRows">Rows written by the steps this start ran.</param>
/// <param name="TgtFailedRows">Rows the steps rejected (row errors and rejected rows: never written to the target).</param>
/// <param name="TotalTransErrors">Transformation row errors: the rejected rows, as <see cref="TgtFailedRows"/>.</param>
/// <param name="ErrorCode">0 without an error; 1 (<see cref="JobRun.ExitFailed"/>) when the run failed.</param>
/// <param name="ErrorMsg">The error of a failed run on one line; null otherwise.</param>
/// <param name="StartTime">When this start began (UTC).</param>
/// <param name="EndTime">When it ended (UTC); null while it runs.</param>
public sealed record TaskState(
    string SessionId,
    string OrchestrationRunId,
    string RunId,
    string Status,
    long SrcSuccessRows,
    long SrcFailedRows,
    long TgtSuccessRows,
    long TgtFailedRows,
    long TotalTransErrors,
    int ErrorCode,
    string? ErrorMsg,
    DateTime StartTime,
    DateTime? EndTime);

/// <summary>The PowerCenter status words a driver writes to <see cref="TaskState.Status"/>.</summary>
public static class TaskStatuses
{
    public const string Started = "STARTED";

    public const string Succeeded = "SUCCEEDED";

    public const string Failed = "FAILED";

    /// <summary>The status word of a run's status: RUNNING is STARTED, UNKNOWN (killed) is FAILED.</summary>
    public static string Of(RunStatus status) => status switch
    {
        RunStatus.Running => Started,
        RunStatus.Succeeded => Succeeded,
        _ => Failed,
    };
}
