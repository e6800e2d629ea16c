using Informatica2Spark.Runtime.Tests.Support;
using Xunit;

namespace Informatica2Spark.Runtime.Tests;

/// <summary>The run-state scenarios on a real SQLite file.</summary>
public sealed class SqliteRunStateTests : IDisposable
{
    private readonly TestStore store = TestStore.Sqlite();

    public void Dispose() => store.Dispose();

    [Fact]
    public void Policy_on_keeps_every_run() => RunStateScenarios.Policy_on_keeps_every_run(store);

    [Fact]
    public void Policy_failed_keeps_failed_runs_only() => RunStateScenarios.Policy_failed_keeps_failed_runs_only(store);

    [Fact]
    public void Policy_off_writes_no_run_state() => RunStateScenarios.Policy_off_writes_no_run_state(store);

    [Fact]
    public void Setmaxvariable_incremental_load_across_runs() => RunStateScenarios.Setmaxvariable_incremental_load_across_runs(store);

    [Fact]
    public void Sequence_current_value_is_saved_only_when_the_run_succeeds() => RunStateScenarios.Sequence_current_value_is_saved_only_when_the_run_succeeds(store);

    [Fact]
    public void Second_start_of_a_running_session_is_refused() => RunStateScenarios.Second_start_of_a_running_session_is_refused(store);

    [Fact]
    public void Different_sessions_run_at_the_same_time() => RunStateScenarios.Different_sessions_run_at_the_same_time(store);

    [Fact]
    public void Resume_after_a_failure_skips_completed_steps() => RunStateScenarios.Resume_after_a_failure_skips_completed_steps(store);

    [Fact]
    public void Killed_between_steps_then_resumed_with_resume_argument() =>
        RunStateScenarios.Killed_between_steps_then_resumed(store, RecoveryStrategy.RestartTask);

    [Fact]
    public void Driver_processes_of_different_sessions_share_the_store() => RunStateScenarios.Driver_processes_of_different_sessions_share_the_store(store);

    [Fact]
    public void Orchestrated_runs_publish_their_task_variables() => RunStateScenarios.Orchestrated_runs_publish_their_task_variables(store);

    [Fact]
    public void A_running_task_is_started_and_unorchestrated_runs_publish_nothing() =>
        RunStateScenarios.A_running_task_is_started_and_unorchestrated_runs_publish_nothing(store);
}
