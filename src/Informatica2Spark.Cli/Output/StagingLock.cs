namespace Informatica2Spark.Cli.Output;

/// <summary>
/// The lock a run holds on its staging directory for as long as it lives: the file <c>STAGING.lock</c> beside it, open
/// with <see cref="FileShare.None"/> (an exclusive <c>flock</c> on Unix, a sharing lock on Windows) and deleted when
/// closed. The operating system releases it when the process dies, however it dies, so a staging directory whose lock
/// can be taken belongs to no live run.
/// </summary>
internal static class StagingLock
{
    /// <summary>What the lock file adds to the staging directory's path.</summary>
    public const string Suffix = ".lock";

    /// <summary>Creates and holds the lock of a new staging directory (its path need not exist yet).</summary>
    /// <exception cref="IOException">The lock file cannot be created.</exception>
    public static FileStream Acquire(string staging) => Open(staging, FileMode.CreateNew);

    /// <summary>
    /// The lock of <paramref name="staging"/> when no live run holds it (created if the run that died left none), or
    /// null while its run lives or the lock cannot be opened.
    /// </summary>
    public static FileStream? TryTakeOver(string staging)
    {
        try
        {
            return Open(staging, FileMode.OpenOrCreate);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static FileStream Open(string staging, FileMode mode) => new(staging + Suffix, new FileStreamOptions
    {
        Mode = mode,
        Access = FileAccess.ReadWrite,
        Share = FileShare.None,
        Options = FileOptions.DeleteOnClose,
    });
}
