using Informatica2Spark.Runtime.Tests.Support;
using Xunit;

namespace Informatica2Spark.Runtime.Tests;

public sealed class PoliciesAndArgumentsTests
{
    private const string Session = "SALES/WF:wf_daily/ST:s_load_orders";

    [Theory]
    [InlineData(RecoveryStrategy.ResumeFromLastCheckpoint, PersistPolicy.On)]
    [InlineData(RecoveryStrategy.RestartTask, PersistPolicy.Failed)]
    [InlineData(RecoveryStrategy.FailTaskAndContinueWorkflow, PersistPolicy.Off)]
    public void The_default_persist_policy_follows_the_recovery_strategy(RecoveryStrategy strategy, PersistPolicy expected)
    {
        var options = new RunStateOptions { SessionId = Session, RecoveryStrategy = strategy };

        Assert.Equal(expected, options.EffectivePersistPolicy);
        Assert.Equal(PersistPolicy.On, (options with { PersistPolicy = PersistPolicy.On }).EffectivePersistPolicy);
        Assert.Equal(strategy == RecoveryStrategy.ResumeFromLastCheckpoint, options.ResumeRequested);
    }

    [Fact]
    public void Driver_arguments_set_resume_and_persist_and_leave_the_rest()
    {
        var options = RunStateArguments.Apply(new RunStateOptions { SessionId = Session }, ["--date", "x", "--resume", Session, "--persist", "FAILED"]);

        Assert.True(options.Resume);
        Assert.Equal(PersistPolicy.Failed, options.PersistPolicy);
    }

    [Theory]
    [InlineData("--resume|SALES/WF:wf_daily/ST:s_other", "--resume names session SALES/WF:wf_daily/ST:s_other, but this driver runs session " + Session)]
    [InlineData("--resume", "--resume needs a value: --resume SESSION_ID")]
    [InlineData("--persist|sometimes", "--persist sometimes: expected on, failed or off")]
    public void Bad_driver_arguments_are_refused_in_one_line(string arguments, string message)
    {
        var error = Assert.Throws<RunStateException>(() => RunStateArguments.Apply(new RunStateOptions { SessionId = Session }, arguments.Split('|')));

        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void Store_settings_from_job_yaml()
    {
        Assert.Equal(StoreOptions.Sqlite("i2s-state.db"), StoreOptions.FromSettings(null, null, null, null));
        Assert.Equal(StoreOptions.Sqlite("state/run.db"), StoreOptions.FromSettings("SQLite", "state/run.db", null, null));
        Assert.Equal(StoreOptions.Postgres("env:I2S_STATE_PG", "etl"), StoreOptions.FromSettings("postgres", null, "env:I2S_STATE_PG", "etl"));
        Assert.Same(StoreOptions.None, StoreOptions.FromSettings("none", null, null, null));
        Assert.Contains("needs state.connection", Assert.Throws<RunStateException>(() => StoreOptions.FromSettings("postgres", null, null, null)).Message);
        Assert.Contains("expected none, sqlite or postgres", Assert.Throws<RunStateException>(() => StoreOptions.FromSettings("oracle", null, null, null)).Message);
    }

    [Fact]
    public void A_connection_string_given_instead_of_a_reference_is_refused_without_echoing_it()
    {
        var error = Assert.Throws<RunStateException>(() => SecretReferences.Resolve("Host=db;Password=hunter2"));

        Assert.DoesNotContain("hunter2", error.Message);
        Assert.Contains("env:NAME or file:PATH", error.Message);
    }

    [Fact]
    public void The_none_store_keeps_nothing_and_refuses_resume()
    {
        var options = new RunStateOptions
        {
            SessionId = Session, Store = StoreOptions.None, RecoveryStrategy = RecoveryStrategy.ResumeFromLastCheckpoint, Clock = new SteppingClock(),
            Variables = [new VariableDeclaration("$$N", VariableDataType.Integer, "5")],
        };
        using (var first = SessionContext.Start(options))
        {
            first.RunStep("a", () => new StepResult(1, 1, 0));
            first.Variables.SetVariable("$$N", 9);
            first.Complete();
        }

        using var second = SessionContext.Start(options);

        Assert.False(second.RunStep("a", () => StepResult.Empty).Skipped);
        Assert.Equal(5L, second.Variables.Get("$$N"));
        Assert.Empty(second.History());
        Assert.Contains("the run-state store is none", Assert.Throws<RunStateException>(() => SessionContext.Start(options with { Resume = true })).Message);
    }

    [Fact]
    public void Resume_under_persist_policy_off_is_refused()
    {
        using var store = TestStore.Sqlite();
        var options = store.Run(Session, RecoveryStrategy.FailTaskAndContinueWorkflow) with { Resume = true };

        Assert.Contains("persist policy off keeps no run state", Assert.Throws<RunStateException>(() => SessionContext.Start(options)).Message);
    }

    [Fact]
    public void A_run_disposed_without_complete_ends_failed_and_releases_the_session()
    {
        using var store = TestStore.Sqlite();
        using (var context = SessionContext.Start(store.Run(Session)))
        {
            context.RunStep("a", () => new StepResult(1, 1, 0));
            Assert.Throws<InvalidOperationException>(() => context.RunStep("a", () => StepResult.Empty));
        }

        using var next = SessionContext.Start(store.Run(Session));

        Assert.Equal(["FAILED|the driver ended without completing the run"], store.Rows("SELECT status, error FROM i2s_run WHERE status <> 'RUNNING'"));
        Assert.True(next.RunStep("a", () => StepResult.Empty).Skipped);
    }
}
