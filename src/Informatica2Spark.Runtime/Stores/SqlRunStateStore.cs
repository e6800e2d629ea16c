using System;
using System.Collections.Generic;
using System.Data.Common;
using System.Linq;
using System.Threading;

namespace Informatica2Spark.Runtime;

/// <summary>
/// The SQL both relational stores share (the DDL differs by store, the statements do not): every public call is one
/// transaction on its own connection, so a process killed at any point leaves either the whole call or none of it.
/// </summary>
public abstract class SqlRunStateStore : IRunStateStore
{
    private const string Dead = "the process ended while the run was in progress; found by run ";

    public abstract string Kind { get; }

    public bool KeepsState => true;

    /// <summary>The store's DDL (templates/state/{kind}.sql).</summary>
    public string Ddl => RunStateSchema.Ddl(Kind);

    public virtual void EnsureSchema() => InTransaction((connection, transaction) => Execute(connection, transaction, Ddl));

    public abstract IDisposable Hold(string sessionId, TimeSpan wait);

    public RunBegun BeginRun(RunBeginning run) => InTransaction((c, t) =>
    {
        Execute(c, t, """
            INSERT INTO i2s_session (session_id, open_chain_id, holder_run_id, holder_host, holder_pid, held_since)
            VALUES (@session, NULL, @run, @host, @pid, @now)
            ON CONFLICT (session_id) DO UPDATE SET holder_run_id = excluded.holder_run_id, holder_host = excluded.holder_host,
                holder_pid = excluded.holder_pid, held_since = excluded.held_since
            """, ("session", run.SessionId), ("run", run.RunId), ("host", run.HolderHost), ("pid", run.HolderProcessId), ("now", run.StartedAt));

        var recovered = RecoverDeadRuns(c, t, run);
        var openChain = Query(c, t, "SELECT open_chain_id FROM i2s_session WHERE session_id = @session",
            r => r.IsDBNull(0) ? null : r.GetString(0), ("session", run.SessionId)).FirstOrDefault();
        var chain = run.Resume && openChain is not null ? openChain : run.RunId;
        var resumedFrom = chain == run.RunId ? null : Query(c, t,
            "SELECT run_id FROM i2s_run WHERE chain_id = @chain ORDER BY started_at DESC, run_id DESC",
            r => r.GetString(0), ("chain", chain)).FirstOrDefault() ?? chain;
        var completed = chain == run.RunId ? new List<string>() : Query(c, t,
            "SELECT DISTINCT step_name FROM i2s_step WHERE session_id = @session AND chain_id = @chain AND status = 'COMPLETE'",
            r => r.GetString(0), ("session", run.SessionId), ("chain", chain));

        Execute(c, t, """
            INSERT INTO i2s_run (run_id, session_id, chain_id, resumed_from_run_id, recovery_strategy, persist_policy, status, started_at)
            VALUES (@run, @session, @chain, @resumed, @strategy, @policy, 'RUNNING', @now)
            """, ("run", run.RunId), ("session", run.SessionId), ("chain", chain), ("resumed", resumedFrom),
            ("strategy", run.Strategy.ToString()), ("policy", run.Policy.Name()), ("now", run.StartedAt));
        Execute(c, t, "UPDATE i2s_session SET open_chain_id = @chain WHERE session_id = @session", ("chain", chain), ("session", run.SessionId));
        return new RunBegun(chain, resumedFrom, completed, recovered);
    });

    public void SaveStep(StepRecord step) => InTransaction((c, t) => Execute(c, t, """
        INSERT INTO i2s_step (run_id, step_name, session_id, chain_id, status, rows_read, rows_written, rows_rejected, started_at, ended_at, duration_ms, error)
        VALUES (@run, @step, @session, @chain, @status, @read, @written, @rejected, @started, @ended, @duration, @error)
        ON CONFLICT (run_id, step_name) DO UPDATE SET status = excluded.status, rows_read = excluded.rows_read,
            rows_written = excluded.rows_written, rows_rejected = excluded.rows_rejected, ended_at = excluded.ended_at,
            duration_ms = excluded.duration_ms, error = excluded.error
        """, ("run", step.RunId), ("step", step.StepName), ("session", step.SessionId), ("chain", step.ChainId),
        ("status", step.Status.Name()), ("read", step.Result.RowsRead), ("written", step.Result.RowsWritten),
        ("rejected", step.Result.RowsRejected), ("started", step.StartedAt), ("ended", step.EndedAt),
        ("duration", Milliseconds(step.StartedAt, step.EndedAt)), ("error", step.Error)));

    public IReadOnlyList<StoredValue> LoadGlobals(IReadOnlyCollection<string> ownerIds) => InTransaction((c, t) =>
        ownerIds.Distinct(StringComparer.Ordinal).SelectMany(owner => Query(c, t,
            "SELECT owner_id, scope, name, value, convertor, run_id, updated_at FROM i2s_global WHERE owner_id = @owner ORDER BY scope, name",
            r => new StoredValue(r.GetString(0), Enum.Parse<VariableScope>(r.GetString(1), ignoreCase: true), r.GetString(2),
                r.IsDBNull(3) ? null : r.GetString(3), r.GetString(4), r.GetString(5), Utc(r.GetDateTime(6))),
            ("owner", owner))).ToList());

    public void EndRun(RunEnding end) => InTransaction((c, t) =>
    {
        foreach (var value in end.Globals)
        {
            Execute(c, t, """
                INSERT INTO i2s_global (owner_id, scope, name, value, convertor, run_id, updated_at)
                VALUES (@owner, @scope, @name, @value, @convertor, @run, @now)
                ON CONFLICT (owner_id, scope, name) DO UPDATE SET value = excluded.value, convertor = excluded.convertor,
                    run_id = excluded.run_id, updated_at = excluded.updated_at
                """, ("owner", value.OwnerId), ("scope", value.Scope.ToString().ToLowerInvariant()), ("name", value.Name),
                ("value", value.Value), ("convertor", value.Convertor), ("run", value.RunId), ("now", value.UpdatedAt));
        }

        if (end.RecordRun)
        {
            Execute(c, t, "UPDATE i2s_run SET status = @status, ended_at = @now, error = @error WHERE run_id = @run",
                ("status", end.Status.Name()), ("now", end.EndedAt), ("error", end.Error), ("run", end.RunId));
            InsertHistory(c, t, end.History);
            Execute(c, t, """
                UPDATE i2s_session SET holder_run_id = NULL, holder_host = NULL, holder_pid = NULL, held_since = NULL,
                    open_chain_id = CASE WHEN @closed = 1 THEN NULL ELSE open_chain_id END
                WHERE session_id = @session AND holder_run_id = @run
                """, ("closed", end.Status == RunStatus.Succeeded ? 1 : 0), ("session", end.SessionId), ("run", end.RunId));
        }

        if (end.RemoveRunState)
        {
            Execute(c, t, "DELETE FROM i2s_step WHERE run_id = @run", ("run", end.RunId));
            Execute(c, t, "DELETE FROM i2s_run WHERE run_id = @run", ("run", end.RunId));
        }

        return 0;
    });

    public IReadOnlyList<HistoryEntry> History(string sessionId) => InTransaction((c, t) => Query(c, t, """
        SELECT run_id, session_id, chain_id, status, started_at, ended_at, duration_ms, steps_run, steps_skipped,
               rows_read, rows_written, rows_rejected, error
        FROM i2s_history WHERE session_id = @session ORDER BY started_at, run_id
        """, r => new HistoryEntry(r.GetString(0), r.GetString(1), r.GetString(2), StatusNames.ParseRun(r.GetString(3)),
            Utc(r.GetDateTime(4)), r.IsDBNull(5) ? null : Utc(r.GetDateTime(5)), r.IsDBNull(6) ? null : r.GetInt64(6),
            r.GetInt32(7), r.GetInt32(8), new StepResult(r.GetInt64(9), r.GetInt64(10), r.GetInt64(11)), r.IsDBNull(12) ? null : r.GetString(12)),
        ("session", sessionId)));

    public void SaveTaskState(TaskState state) => InTransaction((c, t) => Execute(c, t, """
        INSERT INTO i2s_task (session_id, orchestration_run_id, run_id, status, src_success_rows, src_failed_rows, tgt_success_rows,
                              tgt_failed_rows, total_trans_errors, error_code, error_msg, start_time, end_time)
        VALUES (@session, @orchestration, @run, @status, @src_ok, @src_failed, @tgt_ok, @tgt_failed, @errors, @code, @message, @started, @ended)
        ON CONFLICT (session_id, orchestration_run_id) DO UPDATE SET run_id = excluded.run_id, status = excluded.status,
            src_success_rows = excluded.src_success_rows, src_failed_rows = excluded.src_failed_rows,
            tgt_success_rows = excluded.tgt_success_rows, tgt_failed_rows = excluded.tgt_failed_rows,
            total_trans_errors = excluded.total_trans_errors, error_code = excluded.error_code, error_msg = excluded.error_msg,
            start_time = excluded.start_time, end_time = excluded.end_time
        """, ("session", state.SessionId), ("orchestration", state.OrchestrationRunId), ("run", state.RunId), ("status", state.Status),
        ("src_ok", state.SrcSuccessRows), ("src_failed", state.SrcFailedRows), ("tgt_ok", state.TgtSuccessRows),
        ("tgt_failed", state.TgtFailedRows), ("errors", state.TotalTransErrors), ("code", state.ErrorCode), ("message", state.ErrorMsg),
        ("started", state.StartTime), ("ended", state.EndTime)));

    public TaskState? LoadTaskState(string sessionId, string orchestrationRunId) => InTransaction((c, t) => Query(c, t, """
        SELECT session_id, orchestration_run_id, run_id, status, src_success_rows, src_failed_rows, tgt_success_rows, tgt_failed_rows,
               total_trans_errors, error_code, error_msg, start_time, end_time
        FROM i2s_task WHERE session_id = @session AND orchestration_run_id = @orchestration
        """, r => new TaskState(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetInt64(4), r.GetInt64(5), r.GetInt64(6),
            r.GetInt64(7), r.GetInt64(8), r.GetInt32(9), r.IsDBNull(10) ? null : r.GetString(10), Utc(r.GetDateTime(11)),
            r.IsDBNull(12) ? null : Utc(r.GetDateTime(12))),
        ("session", sessionId), ("orchestration", orchestrationRunId)).FirstOrDefault());

    public virtual void Dispose()
    {
        GC.SuppressFinalize(this);
    }

    /// <summary>Who holds the session according to its row, for the refusal message; null when unknown.</summary>
    protected string? DescribeHolder(string sessionId)
    {
        try
        {
            return InTransaction((c, t) => Query(c, t,
                "SELECT holder_run_id, holder_host, holder_pid, held_since FROM i2s_session WHERE session_id = @session AND holder_run_id IS NOT NULL",
                r => $"run {r.GetString(0)} on host {r.GetString(1)}, process {r.GetInt32(2)}, since {Utc(r.GetDateTime(3)):yyyy-MM-dd HH:mm:ss}Z",
                ("session", sessionId)).FirstOrDefault());
        }
        catch (DbException)
        {
            return null;
        }
    }

    /// <summary>Retries <paramref name="attempt"/> until it succeeds or <paramref name="wait"/> has passed.</summary>
    protected static T? Retry<T>(TimeSpan wait, Func<T?> attempt)
        where T : class
    {
        var deadline = DateTime.UtcNow + wait;
        while (true)
        {
            if (attempt() is { } held)
            {
                return held;
            }

            if (DateTime.UtcNow >= deadline)
            {
                return null;
            }

            Thread.Sleep(TimeSpan.FromMilliseconds(100));
        }
    }

    protected abstract DbConnection OpenConnection();

    protected virtual DbTransaction BeginTransaction(DbConnection connection) => connection.BeginTransaction();

    protected T InTransaction<T>(Func<DbConnection, DbTransaction, T> work)
    {
        using var connection = OpenConnection();
        using var transaction = BeginTransaction(connection);
        var result = work(connection, transaction);
        transaction.Commit();
        return result;
    }

    protected void InTransaction(Action<DbConnection, DbTransaction> work) => InTransaction((c, t) =>
    {
        work(c, t);
        return 0;
    });

    protected static int Execute(DbConnection connection, DbTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(connection, transaction, sql, parameters);
        return command.ExecuteNonQuery();
    }

    protected static List<T> Query<T>(DbConnection connection, DbTransaction? transaction, string sql, Func<DbDataReader, T> map, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(connection, transaction, sql, parameters);
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
        {
            rows.Add(map(reader));
        }

        return rows;
    }

    private static DbCommand Command(DbConnection connection, DbTransaction? transaction, string sql, (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value switch
            {
                null => DBNull.Value,
                DateTime time => DateTime.SpecifyKind(time, DateTimeKind.Utc),
                _ => value,
            };
            command.Parameters.Add(parameter);
        }

        return command;
    }

    private static DateTime Utc(DateTime time) => DateTime.SpecifyKind(time.Kind == DateTimeKind.Local ? time.ToUniversalTime() : time, DateTimeKind.Utc);

    private static long? Milliseconds(DateTime started, DateTime? ended) => ended is { } end ? (long)(end - started).TotalMilliseconds : null;

    private static List<string> RecoverDeadRuns(DbConnection c, DbTransaction t, RunBeginning run)
    {
        // The caller holds the session, so a run still RUNNING belongs to a process that ended without finishing it.
        var dead = Query(c, t, "SELECT run_id, chain_id, started_at FROM i2s_run WHERE session_id = @session AND status = 'RUNNING' ORDER BY started_at, run_id",
            r => (RunId: r.GetString(0), ChainId: r.GetString(1), StartedAt: Utc(r.GetDateTime(2))), ("session", run.SessionId));
        foreach (var (runId, chainId, startedAt) in dead)
        {
            var error = Dead + run.RunId;
            Execute(c, t, "UPDATE i2s_step SET status = 'UNKNOWN', error = @error WHERE run_id = @run AND status = 'RUNNING'", ("error", error), ("run", runId));
            Execute(c, t, "UPDATE i2s_run SET status = 'UNKNOWN', error = @error WHERE run_id = @run", ("error", error), ("run", runId));
            var steps = Query(c, t, "SELECT status, rows_read, rows_written, rows_rejected FROM i2s_step WHERE run_id = @run",
                r => (Status: r.GetString(0), Result: new StepResult(r.GetInt64(1), r.GetInt64(2), r.GetInt64(3))), ("run", runId));
            var complete = steps.Where(s => s.Status == "COMPLETE").Select(s => s.Result).ToList();
            InsertHistory(c, t, new HistoryEntry(runId, run.SessionId, chainId, RunStatus.Unknown, startedAt, null, null, steps.Count, 0,
                new StepResult(complete.Sum(r => r.RowsRead), complete.Sum(r => r.RowsWritten), complete.Sum(r => r.RowsRejected)), error));
        }

        return dead.Select(d => d.RunId).ToList();
    }

    private static void InsertHistory(DbConnection c, DbTransaction t, HistoryEntry h) => Execute(c, t, """
        INSERT INTO i2s_history (run_id, session_id, chain_id, status, started_at, ended_at, duration_ms, steps_run, steps_skipped,
                                 rows_read, rows_written, rows_rejected, error)
        VALUES (@run, @session, @chain, @status, @started, @ended, @duration, @run_steps, @skipped, @read, @written, @rejected, @error)
        """, ("run", h.RunId), ("session", h.SessionId), ("chain", h.ChainId), ("status", h.Status.Name()), ("started", h.StartedAt),
        ("ended", h.EndedAt), ("duration", h.DurationMs), ("run_steps", h.StepsRun), ("skipped", h.StepsSkipped),
        ("read", h.Totals.RowsRead), ("written", h.Totals.RowsWritten), ("rejected", h.Totals.RowsRejected), ("error", h.Error));
}
