using Informatica2Spark.Testing;
using Npgsql;
using Xunit;

namespace Informatica2Spark.Cli.Tests.Connectivity;

/// <summary>
/// Sets distinctive secret values where the catalogs' references point (environment variables and secret files),
/// runs every command that reads a catalog with every output format and a diagnostic log, and scans all it wrote.
/// </summary>
public sealed class SecretScanTests : IDisposable
{
    private const string EnvironmentSecret = "Zq9-scan-env-7c41e2";
    private const string FileSecret = "Zq9-scan-file-93b0d5";
    private const string PlainSecret = "Zq9-scan-plain-5a77f1";
    private static readonly string[] TestdataVariables =
        ["ORA_SALES_PASSWORD", "ORA_SALES_QA_PASSWORD", "OPS_SQLSERVER_PASSWORD", "OPS_DW_PASSWORD", "DB2_PASSWORD", "TD_PASSWORD", "NZ_PASSWORD", "MYSQL_PASSWORD", "SYB_PASSWORD"];

    private readonly string _directory = Directory.CreateTempSubdirectory("i2s-scan-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void No_secret_value_appears_in_any_output_report_or_log()
    {
        foreach (var variable in TestdataVariables)
        {
            Environment.SetEnvironmentVariable(variable, EnvironmentSecret);
        }

        Environment.SetEnvironmentVariable("I2S_SCAN_PG_PASSWORD", Live?.Password ?? EnvironmentSecret);
        var secretFile = Path.Combine(_directory, "pg.secret");
        File.WriteAllText(secretFile, (Live?.Password ?? FileSecret) + "\n");
        var catalog = Path.Combine(_directory, "scan.yaml");
        File.WriteAllText(catalog, $"""
            connections:
              PG_ENV:
                type: postgresql
                host: 127.0.0.1
                port: {Live?.Port ?? LiveCatalogs.ClosedPort()}
                database: {Live?.Database ?? "scan"}
                user: {Live?.Username ?? "scan"}
                password: env:I2S_SCAN_PG_PASSWORD
              PG_FILE:
                type: postgresql
                host: 127.0.0.1
                port: {LiveCatalogs.ClosedPort()}
                database: scan
                user: scan
                password: file:{secretFile}
              PG_PLAIN:
                type: postgresql
                host: 127.0.0.1
                database: scan
                user: scan
                password: {PlainSecret}
            """);

        var written = new List<string>();
        var runs = new List<string[]>
        {
            new[] { "connections", "check", "--connections", catalog },
            new[] { "connections", "test", "--connections", catalog, "--timeout", "3" },
            new[] { "connections", "test", "--connections", "testdata/connections/connections.yaml", "--timeout", "3" },
        };
        foreach (var format in new[] { "text", "json", "sarif" })
        {
            runs.Add(["validate", "testdata/exports", "testdata/connections/connection_forms.xml", "--format", format, "--connections", "testdata/connections/connections.yaml",
                "--param-file", "testdata/connections/forms.prm", "--param-file", "testdata/params/sales.prm"]);
            runs.Add(["validate", "testdata/exports/multi_folder.xml", "--format", format, "--connections", catalog, "--test-connections", "--timeout", "3"]);
        }

        foreach (var (args, index) in runs.Select((a, i) => (a, i)))
        {
            var log = Path.Combine(_directory, $"run{index}.log");
            var report = Path.Combine(_directory, $"run{index}.out");
            var withOutput = args[0] == "validate" ? [.. args, "--output", report] : args;
            var (_, stdout, stderr) = CliRunner.Run([.. withOutput, "--verbosity", "diagnostic", "--log-file", log]);
            written.AddRange([stdout, stderr, File.ReadAllText(log)]);
            if (File.Exists(report))
            {
                written.Add(File.ReadAllText(report));
            }
        }

        Assert.Contains(written, w => w.Contains("I2S0405", StringComparison.Ordinal));
        Assert.Contains(written, w => w.Contains("I2S0411", StringComparison.Ordinal));
        foreach (var secret in new[] { EnvironmentSecret, FileSecret, PlainSecret, Live?.Password }.OfType<string>())
        {
            Assert.All(written, w => Assert.DoesNotContain(secret, w, StringComparison.Ordinal));
        }
    }

    /// <summary>The live server, when the PostgreSQL tests run: its password is then a secret the scan looks for too.</summary>
    private static NpgsqlConnectionStringBuilder? Live =>
        PostgresTestServer.ConnectionString is { } s ? new NpgsqlConnectionStringBuilder(s) : null;
}
