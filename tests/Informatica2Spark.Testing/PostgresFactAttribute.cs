using Xunit;

namespace Informatica2Spark.Testing;

/// <summary>
/// A fact that needs a live PostgreSQL server, reached through <c>I2S_TEST_POSTGRES</c> (an Npgsql connection string;
/// <c>scripts/start-postgres.sh</c> starts one on loopback and prints it). Skipped with a clear message when the
/// variable is unset on a developer machine; under CI (<c>CI=true</c>) a missing server is a failure, not a skip.
/// </summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (PostgresTestServer.ConnectionString is null && !PostgresTestServer.RequiredByCi)
        {
            Skip = "I2S_TEST_POSTGRES is not set: run eval \"$(scripts/start-postgres.sh)\" to include the PostgreSQL tests.";
        }
    }
}

/// <summary>The PostgreSQL server the tests use.</summary>
public static class PostgresTestServer
{
    public static string? ConnectionString => Environment.GetEnvironmentVariable("I2S_TEST_POSTGRES") is { Length: > 0 } s ? s : null;

    public static bool RequiredByCi => TestEnvironment.IsCi;

    /// <summary>The connection string, or a failure explaining how to provide one.</summary>
    public static string Require() => ConnectionString
        ?? throw new InvalidOperationException("I2S_TEST_POSTGRES is not set but CI requires the PostgreSQL tests: .ci/run must start the server.");
}
