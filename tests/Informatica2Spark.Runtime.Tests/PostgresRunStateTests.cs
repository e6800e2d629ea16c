using Informatica2Spark.Runtime.Tests.Support;
using Informatica2Spark.Testing;

namespace Informatica2Spark.Runtime.Tests;

/// <summary>The run-state scenarios on a real PostgreSQL server, each test in a schema of its own.</summary>
public sealed class PostgresRunStateTests : IDisposable
{
    private readonly Lazy<TestStore> store = new(TestStore.Postgres);

    public void Dispose()
    {
        if (store.IsValueCreated)
        {
            store.Value.Dispose();
        }
    }

    [PostgresFact]
    public void Policy_on_keeps_every_run() => RunStateScenarios.Policy_on_keeps_every_run(store.Value);

    [PostgresFact]
    public void Policy_failed_keeps_failed_runs_only() => RunStateScenarios.Policy_failed_keeps_failed_runs_only(store.Value);

    [PostgresFact]
    public void Policy_off_writes_no_run_state() => RunStateScenarios.Policy_off_writes_no_run_state(store.Value);

    [PostgresFact]
    public void Setmaxvariable_incremental_load_across_runs() => RunStateScenarios.Setmaxvariable_incremental_load_across_runs(store.Value);

    [PostgresFact]
    public void Sequence_current_value_is_saved_only_when_the_run_succeeds() => RunStateScenarios.Sequence_current_value_is_saved_only_when_the_run_succeeds(store.Value);

    [PostgresFact]
    public void Second_start_of_a_running_session_is_refused() => RunStateScenarios.Second_start_of_a_running_session_is_refused(store.Value);

    [PostgresFact]
    public void Different_sessions_run_at_the_same_time() => RunStateScenarios.Different_sessions_run_at_the_same_time(store.Value);

    [PostgresFact]
    public void Resume_after_a_failure_skips_completed_steps() => RunStateScenarios.Resume_after_a_failure_skips_completed_steps(store.Value);

    [PostgresFact]
    public void Killed_between_steps_then_resumed_automatically() =>
        RunStateScenarios.Killed_between_steps_then_resumed(store.Value, RecoveryStrategy.ResumeFromLastCheckpoint);

    [PostgresFact]
    public void Driver_processes_of_different_sessions_share_the_store() => RunStateScenarios.Driver_processes_of_different_sessions_share_the_store(store.Value);

    [PostgresFact]
    public void Orchestrated_runs_publish_their_task_variables() => RunStateScenarios.Orchestrated_runs_publish_their_task_variables(store.Value);

    [PostgresFact]
    public void A_running_task_is_started_and_unorchestrated_runs_publish_nothing() =>
        RunStateScenarios.A_running_task_is_started_and_unorchestrated_runs_publish_nothing(store.Value);
}
