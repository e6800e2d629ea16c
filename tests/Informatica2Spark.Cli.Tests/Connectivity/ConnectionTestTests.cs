using Informatica2Spark.Testing;
using Npgsql;
using Xunit;

namespace Informatica2Spark.Cli.Tests.Connectivity;

/// <summary><c>validate --test-connections</c> against a live PostgreSQL on loopback (started by .ci/run).</summary>
public sealed class ConnectionTestTests : IDisposable
{
    private const string SecretVariable = "I2S_TEST_CONNECTIONS_PG_PASSWORD";
    private const string WrongVariable = "I2S_TEST_CONNECTIONS_PG_WRONG";
    private readonly string _directory = Directory.CreateTempSubdirectory("i2s-conn-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private string Catalog(string name, int? port = null, string passwordVariable = SecretVariable)
    {
        Environment.SetEnvironmentVariable(SecretVariable, LiveCatalogs.Server.Password);
        Environment.SetEnvironmentVariable(WrongVariable, "not-the-password");
        return LiveCatalogs.PostgreSql(_directory, name, "env:" + passwordVariable, port);
    }

    private static (int Exit, string Line, string All) Test(string catalog)
    {
        var (exit, stdout, stderr) = CliRunner.Run("validate", "testdata/exports/multi_folder.xml", "--connections", catalog, "--test-connections", "--timeout", "5");
        var line = Assert.Single(stdout.Split('\n'), l => l.Contains("I2S041", StringComparison.Ordinal));
        return (exit, line, stdout + stderr);
    }

    [PostgresFact]
    public void A_reachable_server_with_the_right_password_passes()
    {
        var (exit, line, all) = Test(Catalog("PG_OK"));

        Assert.Equal(0, exit);
        Assert.Contains("info I2S0410: connection PG_OK (postgresql): ok", line, StringComparison.Ordinal);
        Assert.DoesNotContain(LiveCatalogs.Server.Password!, all, StringComparison.Ordinal);
    }

    [PostgresFact]
    public void A_wrong_password_is_an_authentication_failure()
    {
        var (exit, line, all) = Test(Catalog("PG_WRONG", passwordVariable: WrongVariable));

        Assert.Equal(1, exit);
        Assert.Contains("error I2S0412: connection PG_WRONG (postgresql): authentication failed", line, StringComparison.Ordinal);
        Assert.DoesNotContain("not-the-password", all, StringComparison.Ordinal);
    }

    [PostgresFact]
    public void A_closed_port_is_unreachable()
    {
        var (exit, line, _) = Test(Catalog("PG_CLOSED", port: LiveCatalogs.ClosedPort()));

        Assert.Equal(1, exit);
        Assert.Contains("error I2S0411: connection PG_CLOSED (postgresql): unreachable at", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Types_without_a_driver_are_reported_as_not_testable()
    {
        var path = Path.Combine(_directory, "oracle.yaml");
        File.WriteAllText(path, "connections:\n  ORA:\n    type: oracle\n    host: ora.example.invalid\n    service: X\n");

        var (exit, line, _) = Test(path);

        Assert.Equal(0, exit);
        Assert.Contains("info I2S0413: connection ORA (oracle): not testable from here", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Testing_needs_a_catalog() => Assert.Equal(2, CliRunner.Run("validate", "testdata/exports", "--test-connections").Exit);
}
