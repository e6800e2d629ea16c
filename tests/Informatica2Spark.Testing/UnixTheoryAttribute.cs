using Xunit;

namespace Informatica2Spark.Testing;

/// <summary>A theory that needs Unix (signals sent with <c>kill</c>, named pipes made with <c>mkfifo</c>): skipped on Windows.</summary>
public sealed class UnixTheoryAttribute : TheoryAttribute
{
    public UnixTheoryAttribute()
    {
        if (OperatingSystem.IsWindows())
        {
            Skip = "needs Unix signals and named pipes";
        }
    }
}
