namespace Informatica2Spark.Runtime;

/// <summary>How much run state a driver keeps in its store.</summary>
public enum PersistPolicy
{
    /// <summary>Every run's state (run, steps, history) is kept.</summary>
    On,

    /// <summary>Only failed runs keep their run and step rows; a successful run keeps its history line only.</summary>
    Failed,

    /// <summary>No run state is written; only the mapping variables a successful run saves.</summary>
    Off,
}

/// <summary>The persist policy a session gets when job.yaml does not set one.</summary>
public static class PersistPolicies
{
    /// <summary>Resume from last checkpoint: on; Restart task: failed; Fail task and continue workflow: off.</summary>
    public static PersistPolicy For(RecoveryStrategy strategy) => strategy switch
    {
        RecoveryStrategy.ResumeFromLastCheckpoint => PersistPolicy.On,
        RecoveryStrategy.RestartTask => PersistPolicy.Failed,
        _ => PersistPolicy.Off,
    };

    /// <summary>Reads <c>on</c>, <c>failed</c> or <c>off</c> (any case); null for anything else.</summary>
    public static PersistPolicy? Parse(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        "on" => PersistPolicy.On,
        "failed" => PersistPolicy.Failed,
        "off" => PersistPolicy.Off,
        _ => null,
    };

    /// <summary>The name stored and shown for a policy: <c>on</c>, <c>failed</c> or <c>off</c>.</summary>
    public static string Name(this PersistPolicy policy) => policy.ToString().ToLowerInvariant();
}
