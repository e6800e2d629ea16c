namespace Informatica2Spark.Testing;

/// <summary>Where the tests run: under CI (<c>CI=true</c>), what a developer machine may skip is required.</summary>
public static class TestEnvironment
{
    /// <summary>CI is set: tests that need the corpus, PostgreSQL or Node.js fail instead of skipping when these are missing.</summary>
    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
}
