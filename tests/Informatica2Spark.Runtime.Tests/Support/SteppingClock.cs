namespace Informatica2Spark.Runtime.Tests.Support;

/// <summary>A clock that moves one second forward each time it is read, from a fixed UTC start.</summary>
public sealed class SteppingClock(DateTimeOffset start) : TimeProvider
{
    private long reads;

    public SteppingClock()
        : this(new DateTimeOffset(2026, 1, 10, 8, 0, 0, TimeSpan.Zero))
    {
    }

    public override DateTimeOffset GetUtcNow() => start.AddSeconds(Interlocked.Increment(ref reads) - 1);
}
