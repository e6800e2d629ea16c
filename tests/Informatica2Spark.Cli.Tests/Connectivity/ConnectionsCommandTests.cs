using Informatica2Spark.Testing;
using Npgsql;
using Xunit;

namespace Informatica2Spark.Cli.Tests.Connectivity;

/// <summary><c>i2s connections check|test</c>: a catalog on its own, and live tests against PostgreSQL on loopback.</summary>
public sealed class ConnectionsCommandTests : IDisposable
{
    private const string PasswordVariable = "I2S_TEST_CONNCMD_PG_PASSWORD";
    private const string WrongVariable = "I2S_TEST_CONNCMD_PG_WRONG";
    private readonly string _directory = Directory.CreateTempSubdirectory("i2s-conncmd-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void Check_passes_a_complete_catalog_for_each_environment()
    {
        foreach (var environment in new[] { "dev", "prod" })
        {
            var (exit, stdout, stderr) = CliRunner.Run("connections", "check", "--connections", "testdata/connections/connections.yaml", "--env", environment);
            Assert.Equal((0, $"0 errors, 0 warnings, 0 infos in testdata/connections/connections.yaml (environment {environment})\n", string.Empty), (exit, stdout, stderr));
        }
    }

    [Fact]
    public void Check_reports_every_problem_of_a_broken_catalog_one_line_each()
    {
        var (exit, stdout, _) = CliRunner.Run("connections", "check", "--connections", "testdata/connections/broken.yaml");

        Assert.Equal(1, exit);
        var lines = Findings(stdout);
        Assert.Equal(8, lines.Count);
        Assert.All(lines, l => Assert.StartsWith("testdata/connections/broken.yaml:", l, StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("warning I2S0405: connection 'PLAIN_SECRET'", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("error I2S0403: connection 'WRONG_TYPE': type 'mongodb'", StringComparison.Ordinal));
        Assert.DoesNotContain("hunter2", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Warnings_fail_only_when_asked()
    {
        var path = Write("plain.yaml", "connections:\n  PG:\n    type: postgresql\n    host: h\n    database: d\n    user: u\n    password: Zq9-plain-typed\n");

        Assert.Equal(0, CliRunner.Run("connections", "check", "--connections", path).Exit);
        var (exit, stdout, _) = CliRunner.Run("connections", "check", "--connections", path, "--fail-on", "warning");
        Assert.Equal(1, exit);
        Assert.DoesNotContain("Zq9-plain-typed", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_environment_is_a_finding()
    {
        var (exit, stdout, _) = CliRunner.Run("connections", "check", "--connections", "testdata/connections/connections.yaml", "--env", "staging");
        Assert.Equal(1, exit);
        Assert.Contains("error I2S0402: environment 'staging' is not in the catalog (it has dev, prod)", stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("testdata/connections/missing.yaml", "I2S0001")]
    [InlineData("testdata/connections/connection_forms.xml", "I2S0401")]
    public void A_catalog_that_cannot_be_read_exits_3(string path, string code)
    {
        var (exit, _, stderr) = CliRunner.Run("connections", "check", "--connections", path);
        Assert.Equal(3, exit);
        Assert.Contains(code, stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("connections", "check")]
    [InlineData("connections", "test", "--connections", "testdata/connections/connections.yaml", "--timeout", "0")]
    [InlineData("connections", "probe", "--connections", "testdata/connections/connections.yaml")]
    public void Usage_errors_exit_2(params string[] args) => Assert.Equal(2, CliRunner.Run(args).Exit);

    [Fact]
    public void Test_reports_entries_without_a_driver_as_not_testable()
    {
        var path = Write("mixed.yaml", "connections:\n  ORA:\n    type: oracle\n    host: ora.example.invalid\n    service: X\n  EVENTS:\n    type: kafka\n    bootstrap_servers: k:9092\n");

        var (exit, stdout, _) = CliRunner.Run("connections", "test", "--connections", path);

        Assert.Equal(0, exit);
        Assert.Equal(
            [$"{path}:2:3: info I2S0413: connection ORA (oracle): not testable from here; i2s opens PostgreSQL connections only [connection:ORA]",
             $"{path}:6:3: info I2S0413: connection EVENTS (kafka): not testable from here; i2s opens PostgreSQL connections only [connection:EVENTS]"],
            Findings(stdout).Order(StringComparer.Ordinal));
    }

    [PostgresFact]
    public void Test_succeeds_against_the_live_server()
    {
        var (exit, line) = Test(Pg("PG_OK"));
        Assert.Equal(0, exit);
        Assert.Matches(@":2:3: info I2S0410: connection PG_OK \(postgresql\): ok, [^ ]+:\d+ as \w+ \[connection:PG_OK\]$", line);
    }

    [PostgresFact]
    public void Test_reads_a_password_from_a_file_reference()
    {
        var secret = Write("pg.secret", Server.Password + "\n");
        var (exit, line) = Test(Pg("PG_FILE", password: "file:" + secret));
        Assert.Equal(0, exit);
        Assert.Contains("info I2S0410: connection PG_FILE (postgresql): ok", line, StringComparison.Ordinal);
    }

    [PostgresFact]
    public void Test_reports_a_wrong_password_as_an_authentication_failure()
    {
        var (exit, line) = Test(Pg("PG_WRONG", password: "env:" + WrongVariable));
        Assert.Equal(1, exit);
        Assert.Contains($"error I2S0412: connection PG_WRONG (postgresql): authentication failed at {Server.Host}:{Server.Port} for user {Server.Username}", line, StringComparison.Ordinal);
    }

    [PostgresFact]
    public void Test_reports_a_closed_port_as_unreachable()
    {
        var port = LiveCatalogs.ClosedPort();
        var (exit, line) = Test(Pg("PG_CLOSED", port: port));
        Assert.Equal(1, exit);
        Assert.Contains($"error I2S0411: connection PG_CLOSED (postgresql): unreachable at {Server.Host}:{port}", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Test_reports_a_password_reference_that_gives_nothing()
    {
        var (exit, line) = Test(Write("unset.yaml", "connections:\n  PG:\n    type: postgresql\n    host: 127.0.0.1\n    database: d\n    user: u\n    password: env:I2S_TEST_CONNCMD_UNSET\n"));
        Assert.Equal(1, exit);
        Assert.Contains("error I2S0414: connection PG (postgresql): environment variable I2S_TEST_CONNCMD_UNSET is not set", line, StringComparison.Ordinal);
    }

    private static NpgsqlConnectionStringBuilder Server => LiveCatalogs.Server;

    private string Pg(string name, int? port = null, string password = "env:" + PasswordVariable)
    {
        Environment.SetEnvironmentVariable(PasswordVariable, Server.Password);
        Environment.SetEnvironmentVariable(WrongVariable, "Zq9-wrong-password");
        return LiveCatalogs.PostgreSql(_directory, name, password, port);
    }

    private static (int Exit, string Line) Test(string catalog)
    {
        var (exit, stdout, stderr) = CliRunner.Run("connections", "test", "--connections", catalog, "--timeout", "5");
        Assert.DoesNotContain("internal error", stderr, StringComparison.Ordinal);
        return (exit, Assert.Single(Findings(stdout)));
    }

    private static List<string> Findings(string stdout) => stdout.Split('\n').Where(l => l.Contains(" I2S0", StringComparison.Ordinal)).ToList();

    private string Write(string name, string text)
    {
        var path = Path.Combine(_directory, name);
        File.WriteAllText(path, text);
        return path;
    }
}
