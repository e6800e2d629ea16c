namespace Informatica2Spark.Cli;

/// <summary>
/// The exit codes of every command. When several apply, the highest in this order wins:
/// <see cref="InternalError"/> &gt; <see cref="UnreadableInput"/> &gt; <see cref="Usage"/> &gt; <see cref="Findings"/> &gt; <see cref="Success"/>.
/// </summary>
public static class ExitCodes
{
    /// <summary>No finding at or above <c>--fail-on</c>.</summary>
    public const int Success = 0;

    /// <summary>Findings at or above <c>--fail-on</c> (schema violations and broken references are findings).</summary>
    public const int Findings = 1;

    /// <summary>Usage error: unknown command or option, missing or invalid argument.</summary>
    public const int Usage = 2;

    /// <summary>An input could not be read as XML at all (missing, unreadable, not well-formed, refused, over limits).</summary>
    public const int UnreadableInput = 3;

    /// <summary><c>i2s state init</c>: the run-state store could not be opened (secret unreadable, server unreachable, file not writable).</summary>
    public const int StoreUnavailable = 4;

    /// <summary>Internal error: a bug in i2s. The message says so; the stack trace is shown at diagnostic verbosity.</summary>
    public const int InternalError = 70;
}
