using Xunit;

namespace Informatica2Spark.Testing;

/// <summary>
/// A fact that opens pages in headless Chromium (Debian's <c>chromium</c>, installed by scripts/install-chromium.sh):
/// skipped with a clear message when it is not on the PATH on a developer machine; under CI (<c>CI=true</c>) its
/// absence is a failure, not a skip.
/// </summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (HeadlessChromium.Executable is null && !TestEnvironment.IsCi)
        {
            Skip = "chromium is not installed: run scripts/install-chromium.sh to run the tests that open pages in it";
        }
    }
}
