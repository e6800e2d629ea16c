using Informatica2Spark.Runtime.Tests.Support;
using Xunit;

namespace Informatica2Spark.Runtime.Tests;

/// <summary>
/// Behaviour every relational store must show, run against a real store by <see cref="SqliteRunStateTests"/> and
/// <see cref="PostgresRunStateTests"/>.
/// </summary>
public static class RunStateScenarios
{
    private const string Session = "SALES/WF:wf_daily/ST:s_load_orders";
    private static readonly VariableDeclaration LastExtract = new("$$LAST_EXTRACT", VariableDataType.Date, "1/1/2000");

    /// <summary>Policy on: every run keeps its run row, step rows and history line; the variables of the successful one.</summary>
    public static void Policy_on_keeps_every_run(TestStore store)
    {
        var options = store.Run(Session) with { PersistPolicy = PersistPolicy.On, Variables = [LastExtract] };
        var succeeded = RunTwoSteps(options, failSecond: false, extractedUpTo: new DateTime(2026, 1, 5));
        var failed = RunTwoSteps(options, failSecond: true, extractedUpTo: new DateTime(2026, 1, 9));

        Assert.Equal("session=1 run=2 step=4 global=1 history=2 task=0", store.Counts());
        Assert.Equal([$"{Session}|{failed}|null"], store.Rows("SELECT session_id, open_chain_id, holder_run_id FROM i2s_session"));
        Assert.Equal(
            [$"{succeeded}|SUCCEEDED|on|null", $"{failed}|FAILED|on|step load_lines fails"],
            store.Rows($"SELECT run_id, status, persist_policy, error FROM i2s_run ORDER BY status DESC"));
        Assert.Equal(
            [
                $"{failed}|load_lines|ERROR|0|0|0|1000", $"{failed}|load_orders|COMPLETE|100|98|2|1000",
                $"{succeeded}|load_lines|COMPLETE|300|300|0|1000", $"{succeeded}|load_orders|COMPLETE|100|98|2|1000",
            ],
            store.Rows($"SELECT run_id, step_name, status, rows_read, rows_written, rows_rejected, duration_ms FROM i2s_step ORDER BY run_id = '{succeeded}', step_name"));
        Assert.Equal([$"{Session}|mapping|$$LAST_EXTRACT|\"2026-01-05T00:00:00\"|json|{succeeded}"],
            store.Rows("SELECT owner_id, scope, name, value, convertor, run_id FROM i2s_global"));
        Assert.Equal(
            [$"{succeeded}|SUCCEEDED|2|0|400|398|2", $"{failed}|FAILED|2|0|100|98|2"],
            store.Rows("SELECT run_id, status, steps_run, steps_skipped, rows_read, rows_written, rows_rejected FROM i2s_history ORDER BY status DESC"));
    }

    /// <summary>Policy failed: a successful run keeps only its history line (and saved variables); a failed run keeps all.</summary>
    public static void Policy_failed_keeps_failed_runs_only(TestStore store)
    {
        var options = store.Run(Session, RecoveryStrategy.RestartTask) with { Variables = [LastExtract] };
        var succeeded = RunTwoSteps(options, failSecond: false, extractedUpTo: new DateTime(2026, 1, 5));

        Assert.Equal("session=1 run=0 step=0 global=1 history=1 task=0", store.Counts());
        Assert.Equal([$"{succeeded}|SUCCEEDED|2|0"], store.Rows("SELECT run_id, status, steps_run, steps_skipped FROM i2s_history"));
        Assert.Equal([$"{Session}|null|null"], store.Rows("SELECT session_id, open_chain_id, holder_run_id FROM i2s_session"));

        var failed = RunTwoSteps(options, failSecond: true, extractedUpTo: new DateTime(2026, 1, 9));

        Assert.Equal("session=1 run=1 step=2 global=1 history=2 task=0", store.Counts());
        Assert.Equal([$"{failed}|FAILED|failed"], store.Rows("SELECT run_id, status, persist_policy FROM i2s_run"));
        Assert.Equal([$"{failed}|load_lines|ERROR", $"{failed}|load_orders|COMPLETE"], store.Rows("SELECT run_id, step_name, status FROM i2s_step ORDER BY step_name"));
        Assert.Equal([$"\"2026-01-05T00:00:00\"|{succeeded}"], store.Rows("SELECT value, run_id FROM i2s_global"));
    }

    /// <summary>Policy off: nothing at all, after a failed run and after a successful one (its variables included).</summary>
    public static void Policy_off_writes_no_run_state(TestStore store)
    {
        var options = store.Run(Session, RecoveryStrategy.FailTaskAndContinueWorkflow) with { Variables = [LastExtract] };
        Assert.Equal(PersistPolicy.Off, options.EffectivePersistPolicy);
        var failed = RunTwoSteps(options, failSecond: true, extractedUpTo: new DateTime(2026, 1, 9));

        Assert.Equal("session=0 run=0 step=0 global=0 history=0 task=0", store.Counts());

        var succeeded = RunTwoSteps(options, failSecond: false, extractedUpTo: new DateTime(2026, 1, 5));

        Assert.Equal("session=0 run=0 step=0 global=0 history=0 task=0", store.Counts());
        Assert.NotEqual(failed, succeeded);
    }

    /// <summary>
    /// A run an orchestrator started publishes the task variables its link conditions read (WBG, Workflow Variables:
    /// predefined task variables), under persist policy off too: one row per session and orchestration run, replaced by
    /// a retry under the same orchestration run; nothing else is written under policy off.
    /// </summary>
    public static void Orchestrated_runs_publish_their_task_variables(TestStore store)
    {
        var options = store.Run(Session, RecoveryStrategy.FailTaskAndContinueWorkflow) with { OrchestrationRunId = "scheduled__2026-12-01", Variables = [LastExtract] };
        var failed = RunTwoSteps(options, failSecond: true, extractedUpTo: new DateTime(2026, 1, 9));

        Assert.Equal("session=0 run=0 step=0 global=0 history=0 task=1", store.Counts());
        Assert.Equal([$"{Session}|scheduled__2026-12-01|{failed}|FAILED|100|0|98|2|2|1|step load_lines fails"],
            store.Rows("SELECT session_id, orchestration_run_id, run_id, status, src_success_rows, src_failed_rows, tgt_success_rows, tgt_failed_rows, total_trans_errors, error_code, error_msg FROM i2s_task"));

        var retried = RunTwoSteps(options, failSecond: false, extractedUpTo: new DateTime(2026, 1, 9));
        var other = RunTwoSteps(options with { OrchestrationRunId = "manual__2026-12-02" }, failSecond: false, extractedUpTo: new DateTime(2026, 1, 9));

        Assert.Equal(
            [$"manual__2026-12-02|{other}|SUCCEEDED|400|398|0|null", $"scheduled__2026-12-01|{retried}|SUCCEEDED|400|398|0|null"],
            store.Rows("SELECT orchestration_run_id, run_id, status, src_success_rows, tgt_success_rows, error_code, error_msg FROM i2s_task ORDER BY orchestration_run_id"));
        using var reader = options.Store.Open(options.ResolveSecret);
        var state = reader.LoadTaskState(Session, "scheduled__2026-12-01");
        Assert.NotNull(state);
        Assert.Equal((TaskStatuses.Succeeded, 400L, 398L, 2L), (state.Status, state.SrcSuccessRows, state.TgtSuccessRows, state.TgtFailedRows));
        Assert.True(state.EndTime > state.StartTime);
        Assert.Null(reader.LoadTaskState(Session, "scheduled__2026-11-30"));
    }

    /// <summary>While the driver runs, its task row says STARTED with no end time; without an orchestration run id nothing is published.</summary>
    public static void A_running_task_is_started_and_unorchestrated_runs_publish_nothing(TestStore store)
    {
        var options = store.Run(Session, RecoveryStrategy.RestartTask) with { Variables = [LastExtract] };
        RunTwoSteps(options, failSecond: false, extractedUpTo: new DateTime(2026, 1, 9));
        Assert.Equal(0, store.Count("i2s_task"));

        using var context = SessionContext.Start(options with { OrchestrationRunId = "42" });
        Assert.Equal([$"{context.RunId}|STARTED|0|null"], store.Rows("SELECT run_id, status, error_code, end_time FROM i2s_task"));
        context.Complete();
        Assert.Equal(["SUCCEEDED"], store.Rows("SELECT status FROM i2s_task"));
    }

    /// <summary>
    /// The incremental load: each run reads the source rows after the saved $$LAST_EXTRACT and SETMAXVARIABLEs it to the
    /// newest row read. A failed run does not advance it, so the next run reads its rows again.
    /// </summary>
    public static void Setmaxvariable_incremental_load_across_runs(TestStore store)
    {
        var options = store.Run(Session, RecoveryStrategy.RestartTask) with { Variables = [LastExtract] };
        var source = new List<DateTime> { new(2026, 1, 3), new(2026, 1, 5), new(2026, 1, 4) };

        var first = IncrementalRun(options, source, fail: false);
        source.AddRange([new DateTime(2026, 1, 9), new DateTime(2026, 1, 7)]);
        var second = IncrementalRun(options, source, fail: true);
        source.Add(new DateTime(2026, 1, 12));
        var third = IncrementalRun(options, source, fail: false);
        var fourth = IncrementalRun(options, source, fail: false);

        Assert.Equal((new DateTime(2000, 1, 1), VariableOrigin.InitialValue, 3), first);
        Assert.Equal((new DateTime(2026, 1, 5), VariableOrigin.SavedByLastSuccessfulRun, 2), second);
        Assert.Equal((new DateTime(2026, 1, 5), VariableOrigin.SavedByLastSuccessfulRun, 3), third);
        Assert.Equal((new DateTime(2026, 1, 12), VariableOrigin.SavedByLastSuccessfulRun, 0), fourth);
        Assert.Equal(["\"2026-01-12T00:00:00\""], store.Rows("SELECT value FROM i2s_global"));
    }

    /// <summary>
    /// A Sequence Generator's Current Value (TG: Sequence Generator Transformation > Current Value) kept as a run-state
    /// variable: the first run starts at the Current Value attribute (1) and numbers 3 rows, so the next starts at 4; a
    /// failed run does not save the 2 values it used, so the run after it starts at 4 again.
    /// </summary>
    public static void Sequence_current_value_is_saved_only_when_the_run_succeeds(TestStore store)
    {
        var options = store.Run(Session, RecoveryStrategy.RestartTask) with { Variables = [new VariableDeclaration("$$SEQ__SEQ_KEYS__START", VariableDataType.Integer, "1")] };
        var settings = new SequenceSettings(0, 1, long.MaxValue, Cycle: false);

        long SequenceRun(long rows, bool fail)
        {
            using var context = SessionContext.Start(options);
            var start = context.Variables.Get<long>("$$SEQ__SEQ_KEYS__START");
            context.Variables.Advance("$$SEQ__SEQ_KEYS__START", rows, settings);
            if (fail)
            {
                context.Fail("the target rejected the load");
            }
            else
            {
                context.Complete();
            }

            return start;
        }

        Assert.Equal([1L, 4L, 4L, 6L], [SequenceRun(3, fail: false), SequenceRun(2, fail: true), SequenceRun(2, fail: false), SequenceRun(0, fail: false)]);
    }

    /// <summary>A second start of a held session is refused with one line naming the holder; the holder is not disturbed.</summary>
    public static void Second_start_of_a_running_session_is_refused(TestStore store)
    {
        var options = store.Run(Session);
        using var holder = SessionContext.Start(options);
        holder.RunStep("load_orders", () => new StepResult(1, 1, 0));

        var refused = Assert.Throws<SessionBusyException>(() => SessionContext.Start(store.Run(Session)));

        Assert.StartsWith($"session {Session} is already running (run {holder.RunId} on host ", refused.Message);
        Assert.DoesNotContain('\n', refused.Message);
        holder.RunStep("load_lines", () => new StepResult(1, 1, 0));
        holder.Complete();
        using var next = SessionContext.Start(store.Run(Session));
        next.Complete();
        Assert.Equal(["SUCCEEDED", "SUCCEEDED"], store.Rows("SELECT status FROM i2s_history"));
    }

    /// <summary>Two sessions run at once on one store, each held by its own start, interleaving their steps.</summary>
    public static void Different_sessions_run_at_the_same_time(TestStore store)
    {
        using var orders = SessionContext.Start(store.Run("SALES/WF:wf_daily/ST:s_orders"));
        using var lines = SessionContext.Start(store.Run("SALES/WF:wf_daily/ST:s_lines"));
        Parallel.For(0, 2, i => Enumerable.Range(1, 5).ToList().ForEach(n =>
            (i == 0 ? orders : lines).RunStep("step" + n, () => new StepResult(n, n, 0))));
        orders.Complete();
        lines.Complete();

        Assert.Equal(["SALES/WF:wf_daily/ST:s_lines|5|15", "SALES/WF:wf_daily/ST:s_orders|5|15"],
            store.Rows("SELECT session_id, COUNT(*), SUM(rows_written) FROM i2s_step WHERE status = 'COMPLETE' GROUP BY session_id ORDER BY session_id"));
    }

    /// <summary>A failed run resumed: its completed steps are skipped, the rest run under a new run id in the same chain.</summary>
    public static void Resume_after_a_failure_skips_completed_steps(TestStore store)
    {
        var options = store.Run(Session, RecoveryStrategy.RestartTask);
        var ran = new List<string>();
        string failedRun;
        using (var first = SessionContext.Start(options))
        {
            failedRun = first.RunId;
            RunSteps(first, ran, failAt: "c");
        }

        using var resumed = SessionContext.Start(options with { Resume = true });
        RunSteps(resumed, ran, failAt: null);
        resumed.Complete();
        using var restarted = SessionContext.Start(options);
        RunSteps(restarted, ran, failAt: null);
        restarted.Complete();

        Assert.Equal(["a", "b", "c", "c", "d", "a", "b", "c", "d"], ran);
        Assert.Equal(failedRun, resumed.ResumedFromRunId);
        Assert.Equal(failedRun, resumed.ChainId);
        Assert.NotEqual(failedRun, resumed.RunId);
        Assert.Equal([true, true, false, false], resumed.Steps.Select(s => s.Skipped));
        Assert.Null(restarted.ResumedFromRunId);
        Assert.Equal(
            [$"{failedRun}|{failedRun}|FAILED|3|0", $"{resumed.RunId}|{failedRun}|SUCCEEDED|2|2", $"{restarted.RunId}|{restarted.RunId}|SUCCEEDED|4|0"],
            store.Rows("SELECT run_id, chain_id, status, steps_run, steps_skipped FROM i2s_history ORDER BY started_at"));
    }

    /// <summary>A driver process killed between two steps, then resumed: the completed steps are skipped, the rest run once.</summary>
    public static void Killed_between_steps_then_resumed(TestStore store, RecoveryStrategy strategy)
    {
        var marker = Path.Combine(Path.GetTempPath(), "i2s-pause-" + Guid.NewGuid().ToString("N"));
        var common = store.DriverArguments.Concat(["--session", Session, "--steps", "a,b,c,d", "--strategy", strategy == RecoveryStrategy.RestartTask ? "restart" : "resume", "--hold-wait", "30"]).ToList();
        string killedRun;
        using (var driver = DriverProcess.Start(common.Concat(["--pause-after", "b", "--marker", marker])))
        {
            driver.WaitForMarker(marker);
            killedRun = File.ReadAllText(marker);
            driver.Kill();
            File.Delete(marker);
        }

        Assert.Equal([$"a|{killedRun}", $"b|{killedRun}"], store.Rows("SELECT step_name, run_id FROM driver_target ORDER BY step_name"));
        Assert.Equal([$"{killedRun}|RUNNING"], store.Rows("SELECT run_id, status FROM i2s_run"));

        var resumeArguments = strategy == RecoveryStrategy.RestartTask ? common.Concat(["--resume", Session]) : common;
        var (exitCode, output) = DriverProcess.Run(resumeArguments);

        Assert.True(exitCode == 0, output);
        Assert.Contains("skipped a\nskipped b\nran c\nran d\n", output.ReplaceLineEndings("\n"));
        var resumedRun = output.Split(' ')[1];
        Assert.Equal([$"a|{killedRun}", $"b|{killedRun}", $"c|{resumedRun}", $"d|{resumedRun}"],
            store.Rows("SELECT step_name, run_id FROM driver_target ORDER BY step_name"));
        Assert.Equal(
            [$"{killedRun}|UNKNOWN|2|0", $"{resumedRun}|SUCCEEDED|2|2"],
            store.Rows("SELECT run_id, status, steps_run, steps_skipped FROM i2s_history ORDER BY started_at"));
        var keptSteps = strategy == RecoveryStrategy.RestartTask
            ? new[] { $"{killedRun}|a|COMPLETE", $"{killedRun}|b|COMPLETE" }
            : [$"{killedRun}|a|COMPLETE", $"{killedRun}|b|COMPLETE", $"{resumedRun}|c|COMPLETE", $"{resumedRun}|d|COMPLETE"];
        Assert.Equal(keptSteps, store.Rows("SELECT run_id, step_name, status FROM i2s_step ORDER BY step_name"));
        Assert.Equal([$"{Session}|null|null"], store.Rows("SELECT session_id, open_chain_id, holder_run_id FROM i2s_session"));
    }

    /// <summary>Drivers of two sessions run as processes at the same time on one store; a third start of one of them is refused.</summary>
    public static void Driver_processes_of_different_sessions_share_the_store(TestStore store)
    {
        var marker = Path.Combine(Path.GetTempPath(), "i2s-pause-" + Guid.NewGuid().ToString("N"));
        var steps = new[] { "--steps", "a,b,c,d,e,f", "--strategy", "restart" };
        using var holder = DriverProcess.Start(store.DriverArguments.Concat(["--session", "S/WF:w/ST:s_held", "--strategy", "restart", "--steps", "a,b", "--pause-after", "a", "--marker", marker]));
        holder.WaitForMarker(marker);
        using var orders = DriverProcess.Start(store.DriverArguments.Concat(["--session", "S/WF:w/ST:s_orders", .. steps]));
        using var lines = DriverProcess.Start(store.DriverArguments.Concat(["--session", "S/WF:w/ST:s_lines", .. steps]));
        var refused = DriverProcess.Run(store.DriverArguments.Concat(["--session", "S/WF:w/ST:s_held"]));
        var (ordersExit, ordersOutput) = orders.WaitForExit();
        var (linesExit, linesOutput) = lines.WaitForExit();
        holder.Kill();
        File.Delete(marker);

        Assert.True(ordersExit == 0, ordersOutput);
        Assert.True(linesExit == 0, linesOutput);
        Assert.Equal(3, refused.ExitCode);
        Assert.StartsWith("session S/WF:w/ST:s_held is already running (run ", refused.Output);
        Assert.Equal(["6", "6", "1"], store.Rows("SELECT COUNT(*) FROM driver_target GROUP BY run_id ORDER BY COUNT(*) DESC"));
        Assert.Equal(["S/WF:w/ST:s_lines|SUCCEEDED", "S/WF:w/ST:s_orders|SUCCEEDED"], store.Rows("SELECT session_id, status FROM i2s_history ORDER BY session_id"));
    }

    private static string RunTwoSteps(RunStateOptions options, bool failSecond, DateTime extractedUpTo)
    {
        using var context = SessionContext.Start(options);
        try
        {
            context.RunStep("load_orders", () => new StepResult(100, 98, 2));
            context.Variables.SetMaxVariable("$$LAST_EXTRACT", extractedUpTo);
            context.RunStep("load_lines", () => failSecond ? throw new InvalidOperationException("step load_lines fails") : new StepResult(300, 300, 0));
            context.Complete();
        }
        catch (InvalidOperationException error)
        {
            context.Fail(error);
        }

        return context.RunId;
    }

    private static (DateTime Start, VariableOrigin Origin, int RowsRead) IncrementalRun(RunStateOptions options, List<DateTime> source, bool fail)
    {
        using var context = SessionContext.Start(options);
        var start = context.Variables.Get<DateTime>("$$LAST_EXTRACT");
        var read = source.Where(d => d > start).ToList();
        context.RunStep("load_orders", () =>
        {
            read.ForEach(d => context.Variables.SetMaxVariable("$$LAST_EXTRACT", d));
            return new StepResult(read.Count, read.Count, 0);
        });
        if (fail)
        {
            context.Fail("the target rejected the load");
        }
        else
        {
            context.Complete();
        }

        return (start, context.Variables.OriginOf("$$last_extract"), read.Count);
    }

    private static void RunSteps(SessionContext context, List<string> ran, string? failAt)
    {
        foreach (var step in new[] { "a", "b", "c", "d" })
        {
            try
            {
                context.RunStep(step, () =>
                {
                    ran.Add(step);
                    return step == failAt ? throw new InvalidOperationException("step " + step + " fails") : new StepResult(1, 1, 0);
                });
            }
            catch (InvalidOperationException error)
            {
                context.Fail(error);
                return;
            }
        }
    }
}
