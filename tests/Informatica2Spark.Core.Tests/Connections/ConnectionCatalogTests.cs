using Informatica2Spark.Core.Connections;
using Informatica2Spark.Core.Parameters;
using Informatica2Spark.Testing;
using Xunit;

namespace Informatica2Spark.Core.Tests.Connections;

public class ConnectionCatalogTests
{
    internal static ConnectionCatalog Load(string name)
    {
        var (catalog, diagnostics) = ConnectionCatalogLoader.Load(File.ReadAllText(Path.Combine(RepositoryPaths.TestData, "connections", name)), "testdata/connections/" + name);
        Assert.Empty(diagnostics);
        return catalog!;
    }

    [Fact]
    public void Every_connection_type_is_read_with_its_settings()
    {
        var dev = Load("connections.yaml").Select(null, null).Environment!;

        Assert.Equal("dev", dev.Name);
        Assert.Equal(Enum.GetValues<ConnectionKind>().Order(), dev.Entries.Where(e => e.Kind is not null).Select(e => e.Kind!.Value).Distinct().Order());
        Assert.Null(dev.Find("ORA_SALES_QA")!.Kind);
        var oracle = dev.Find("ora_sales_prod")!;
        Assert.Equal(("ora-dev.example.internal", "SALESDEV", "sales_reader"), (oracle.Host, oracle.Service, oracle.User));
        Assert.Equal(new SecretReference(SecretSource.Environment, "ORA_SALES_PASSWORD"), oracle.Password);
        Assert.Equal([new CatalogOption("oracle.jdbc.timezoneAsRegion", "false")], oracle.Options);
        Assert.Equal(new SecretReference(SecretSource.AzureKeyVault, "dwh-loader-password", "kv-dwh-dev"), dev.Find("DWH_ORACLE")!.Password);
        Assert.Equal(new SecretReference(SecretSource.File, "/run/secrets/stage_pg"), dev.Find("STAGE_PG")!.Password);
        Assert.Equal(14330, dev.Find("OPS_SQLSERVER")!.Port);
        Assert.Equal(("kafka-dev-1:9092,kafka-dev-2:9092", "sales-events"), (dev.Find("SALES_EVENTS")!.BootstrapServers, dev.Find("SALES_EVENTS")!.Topic));
        Assert.Equal((6, 5), (oracle.Location.Line, oracle.Location.Column));
        Assert.Equal("s3a://lake-dev/delta", dev.Find("LAKE_DELTA")!.Path);
    }

    [Theory]
    [InlineData("type: delta", "connection 'LAKE' (delta) needs a path (the base directory of its Delta tables) or a database (of the Spark catalog)")]
    [InlineData("{type: delta, path: /lake, database: sales}", "connection 'LAKE' (delta) needs a path or a database, not both")]
    [InlineData("{type: delta, database: sales}", null)]
    public void A_delta_entry_names_a_path_or_a_database(string entry, string? finding)
    {
        var (_, diagnostics) = ConnectionCatalogLoader.Load($"connections:\n  LAKE: {(entry.StartsWith('{') ? entry : "\n    " + entry)}\n", "c.yaml");

        Assert.Equal(finding, diagnostics.SingleOrDefault()?.Message);
    }

    [Fact]
    public void Environment_comes_from_the_option_then_I2S_ENV_then_the_default()
    {
        var catalog = Load("connections.yaml");

        Assert.Equal("prod", catalog.Select("prod", "dev").Environment!.Name);
        Assert.Equal("prod", catalog.Select(null, "PROD").Environment!.Name);
        Assert.Equal("dev", catalog.Select(null, null).Environment!.Name);
        var (missing, problem) = catalog.Select("staging", null);
        Assert.Null(missing);
        Assert.Equal("I2S0402", problem!.Code);
    }

    [Fact]
    public void A_catalog_with_no_environment_says_so()
    {
        var (environment, problem) = new ConnectionCatalog("empty.yaml", null, []).Select(null, null);

        Assert.Null(environment);
        Assert.Equal(("I2S0402", "the catalog defines no environment: list them under 'environments'"), (problem!.Code, problem.Message));
    }

    [Fact]
    public void A_broken_catalog_reports_each_problem_at_its_line_without_echoing_passwords()
    {
        var (_, diagnostics) = ConnectionCatalogLoader.Load(File.ReadAllText(Path.Combine(RepositoryPaths.TestData, "connections", "broken.yaml")), "broken.yaml");

        Assert.Equal(
            ["4 I2S0404", "6 I2S0401", "8 I2S0404", "15 I2S0405", "21 I2S0406", "22 I2S0404", "27 I2S0401", "29 I2S0403"],
            diagnostics.OrderBy(d => d.Location.Line).Select(d => $"{d.Location.Line} {d.Code}"));
        Assert.All(diagnostics, d => Assert.DoesNotContain("hunter2", d.ToString(), StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("env:DB_PASSWORD", SecretSource.Environment, "DB_PASSWORD", null)]
    [InlineData("file:/run/secrets/db", SecretSource.File, "/run/secrets/db", null)]
    [InlineData("akv://my-vault/db-password", SecretSource.AzureKeyVault, "db-password", "my-vault")]
    public void Secret_references_parse_and_print_back(string text, SecretSource source, string location, string? vault)
    {
        Assert.True(SecretReference.TryParse(text, out var reference));
        Assert.Equal(new SecretReference(source, location, vault), reference);
        Assert.Equal(text, reference!.ToString());
    }

    [Theory]
    [InlineData("env:")]
    [InlineData("env:BAD-NAME")]
    [InlineData("akv://vault-only")]
    [InlineData("s3cr3t")]
    public void Anything_else_is_not_a_secret_reference(string text) => Assert.False(SecretReference.TryParse(text, out _));

    [Fact]
    public void Invalid_yaml_is_reported_with_its_position()
    {
        var (catalog, diagnostics) = ConnectionCatalogLoader.Load("environments:\n  dev:\n    A: {type: oracle\n", "bad.yaml");
        Assert.Null(catalog);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("I2S0401", diagnostic.Code);
        Assert.True(diagnostic.Location.Line > 0);
    }
}
