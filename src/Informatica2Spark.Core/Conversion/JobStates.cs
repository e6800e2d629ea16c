using Informatica2Spark.Core.Sessions;

namespace Informatica2Spark.Core.Conversion;

/// <summary>Run-state settings of a job: the store, and a persist policy following the session's Recovery Strategy.</summary>
internal static class JobStates
{
    public const string DefaultSqlitePath = "i2s-state.db";

    public const string DefaultPostgresConnection = "env:I2S_STATE_POSTGRES";

    /// <param name="directory">The job's directory, relative to the output directory.</param>
    public static JobState Of(SessionConfig config, IReadOnlyList<JobVariable> variables, ConversionOptions options, string directory)
    {
        var strategy = config.Execution.RecoveryStrategy;
        var (recovery, policy, reason) = strategy.Value switch
        {
            RecoveryStrategy.ResumeFromLastCheckpoint => ("resume", "on", "Recovery Strategy is 'Resume from last checkpoint': every run's state is kept so a start resumes where the last one stopped"),
            RecoveryStrategy.RestartTask => ("restart", "failed", "Recovery Strategy is 'Restart task': a failed run's state is kept for --resume, a successful run's is removed"),
            _ => ("fail", "off", $"Recovery Strategy is '{(strategy.Text.Length == 0 ? "Fail task and continue workflow" : strategy.Text)}': nothing needs recovering"),
        };
        if (policy == "off" && variables.Count > 0)
        {
            (policy, reason) = ("failed", $"{reason}, but the mapping's variables ({string.Join(", ", variables.Select(v => v.Name))}) must carry to the next run, which policy off would not save");
        }

        var location = options.StateStore switch
        {
            "postgres" => options.StateLocation ?? DefaultPostgresConnection,
            "none" => string.Empty,
            _ when options.StateLocation is { } file => string.Concat(Enumerable.Repeat("../", directory.Split('/').Length)) + file,
            _ => DefaultSqlitePath,
        };
        return new JobState(options.StateStore, location, recovery, policy, reason);
    }
}
