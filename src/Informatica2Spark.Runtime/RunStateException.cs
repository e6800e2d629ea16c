using System;

namespace Informatica2Spark.Runtime;

/// <summary>The run state cannot be used as asked; the message is one line saying what to do.</summary>
public class RunStateException : Exception
{
    public RunStateException(string message)
        : base(message)
    {
    }

    public RunStateException(string message, Exception inner)
        : base(message, inner)
    {
    }
}

/// <summary>Another start of the same session holds it; this start is refused.</summary>
public sealed class SessionBusyException : RunStateException
{
    public SessionBusyException(string sessionId, string? holder)
        : base($"session {sessionId} is already running{(holder is null ? string.Empty : " (" + holder + ")")}: " +
               "wait for that run to end, or stop it, then start again (with --resume to continue it)")
    {
        SessionId = sessionId;
    }

    public string SessionId { get; }
}
