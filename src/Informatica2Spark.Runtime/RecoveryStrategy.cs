namespace Informatica2Spark.Runtime;

/// <summary>The session's <c>Recovery Strategy</c> in PowerCenter, which decides resume and the default persist policy.</summary>
public enum RecoveryStrategy
{
    /// <summary><c>Fail task and continue workflow</c> (PowerCenter's default): no recovery; persist policy off.</summary>
    FailTaskAndContinueWorkflow,

    /// <summary><c>Restart task</c>: every start reruns every step; persist policy failed.</summary>
    RestartTask,

    /// <summary><c>Resume from last checkpoint</c>: every start resumes the session; persist policy on.</summary>
    ResumeFromLastCheckpoint,
}
