using System;
using System.Collections.Generic;

namespace Informatica2Spark.Runtime;

/// <summary>
/// What a generated driver passes to <see cref="SessionContext.Start(RunStateOptions)"/>: the session, its recovery
/// strategy, the store (from job.yaml), the persist policy when job.yaml overrides it, and the variables.
/// </summary>
public sealed record RunStateOptions
{
    /// <summary>The session's object path, e.g. <c>FOLDER/WF:wf_load/ST:s_load</c>; the key of its state.</summary>
    public required string SessionId { get; init; }

    /// <summary>The workflow's object path, the owner of persistent workflow variables (the session when null).</summary>
    public string? WorkflowId { get; init; }

    public RecoveryStrategy RecoveryStrategy { get; init; } = RecoveryStrategy.FailTaskAndContinueWorkflow;

    /// <summary>job.yaml's <c>state.persist</c>, or <c>--persist</c>; null follows the recovery strategy.</summary>
    public PersistPolicy? PersistPolicy { get; init; }

    public StoreOptions Store { get; init; } = StoreOptions.Sqlite(StoreOptions.DefaultSqlitePath);

    /// <summary>
    /// <c>--resume SESSION_ID</c> was given: skip the steps the session's unfinished runs completed. Resume from last
    /// checkpoint resumes without it.
    /// </summary>
    public bool Resume { get; init; }

    /// <summary>
    /// The run id of the orchestrator that started this run (<c>--orchestration-run-id</c> or
    /// <c>I2S_ORCHESTRATION_RUN_ID</c>); when set, the run publishes its task variables (<see cref="TaskState"/>) under it
    /// for the orchestrator's link conditions, whatever the persist policy. Null: nothing is published.
    /// </summary>
    public string? OrchestrationRunId { get; init; }

    /// <summary>The session's mapping variables and the workflow's persistent variables.</summary>
    public IReadOnlyList<VariableDeclaration> Variables { get; init; } = Array.Empty<VariableDeclaration>();

    /// <summary>Values the parameter file gives (name with or without <c>$$</c>); they win over saved values.</summary>
    public IReadOnlyDictionary<string, string> ParameterFileValues { get; init; } = new Dictionary<string, string>();

    /// <summary>Values of pre-session variable assignments; below the parameter file, above saved values.</summary>
    public IReadOnlyDictionary<string, string> PreSessionAssignments { get; init; } = new Dictionary<string, string>();

    public ValueConvertors Convertors { get; init; } = ValueConvertors.Json();

    /// <summary>The clock of every stored timestamp (UTC).</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>Makes the id of each start (restarts and resumes included).</summary>
    public Func<string> NewRunId { get; init; } = () => Guid.NewGuid().ToString("N");

    /// <summary>How long a start waits for another start of the same session to end before it is refused.</summary>
    public TimeSpan HoldWait { get; init; } = TimeSpan.Zero;

    /// <summary>Reads the PostgreSQL connection string from its reference; env: and file: by default.</summary>
    public Func<string, string> ResolveSecret { get; init; } = SecretReferences.Resolve;

    /// <summary>The policy in force: the override, else the one the recovery strategy implies.</summary>
    public PersistPolicy EffectivePersistPolicy => PersistPolicy ?? PersistPolicies.For(RecoveryStrategy);

    /// <summary>Whether this start resumes: asked with --resume, or implied by Resume from last checkpoint.</summary>
    public bool ResumeRequested => Resume || RecoveryStrategy == RecoveryStrategy.ResumeFromLastCheckpoint;

    internal string OwnerOf(VariableScope scope) => scope == VariableScope.Workflow ? WorkflowId ?? SessionId : SessionId;
}
