using Informatica2Spark.Core.Connections;
using Informatica2Spark.Core.Diagnostics;
using Informatica2Spark.Core.Parameters;
using Informatica2Spark.Testing;
using Xunit;

namespace Informatica2Spark.Core.Tests.Connections;

/// <summary>The Spark options of every catalog type, for sources, targets and lookups, and the subtype defaults.</summary>
public class SparkOptionsTests
{
    private static readonly SourceLocation Here = new("uses.xml", 1, 1, "F/ST:s");

    private static ConnectionUse Table(string connection, DataSourceRole role = DataSourceRole.Source, string? subtype = null, string? query = null) =>
        new(connection.Replace(':', '_'), role, connection, "Relational", subtype, null, Here) { Table = new RelationalObject("ORDERS", "SALES", query) };

    private static ConnectionUse File(string connection, DataSourceRole role) =>
        new(connection, role, connection, "FTP", null, role == DataSourceRole.Source ? "File Reader" : "File Writer", Here) { File = new FileObject("$PMTargetFileDir", "orders.csv") };

    [Fact]
    public void Every_catalog_type_gives_its_options_snapshot()
    {
        ConnectionUse[] uses =
        [
            Table("ORA_SALES_PROD"), Table("Relational:DWH_ORACLE", DataSourceRole.Target), Table("OPS_SQLSERVER", query: "SELECT 1 FROM DUAL"),
            Table("STAGE_PG", DataSourceRole.Lookup), Table("LEGACY_DB2"), Table("FINANCE_TD"), Table("MART_NZ", DataSourceRole.Target), Table("WEB_MYSQL"),
            Table("SYB_BILLING"), Table("IFX_STOCK"), Table("OPS_HIVE", DataSourceRole.Target), Table("LAKE_TABLES", query: "SELECT * FROM lake.orders"),
            Table("ORA_SALES_QA", subtype: "Oracle"),
            File("LANDING_LOCAL", DataSourceRole.Source), File("LANDING_HDFS", DataSourceRole.Source), File("ARCHIVE_FILES", DataSourceRole.Target),
            File("LAKE_ABFS", DataSourceRole.Target), File("EXPORT_GCS", DataSourceRole.Target),
            new("EVENTS_IN", DataSourceRole.Source, "SALES_EVENTS", "Queue", "Message Queue", null, Here),
            new("EVENTS_OUT", DataSourceRole.Target, "Queue:SALES_EVENTS", null, null, "MQ Writer", Here) { File = new FileObject(null, "events.out") },
            new("PLAIN_FILE", DataSourceRole.Source, null, null, null, "File Reader", Here) { File = new FileObject("$PMSourceFileDir\\in\\", "list.txt", IsFileList: true) },
        ];

        var resolution = ConnectionResolver.Resolve(uses, ConnectionResolverTests.Dev);

        Assert.Empty(resolution.Diagnostics);
        Snapshot.Verify(ConnectionResolverTests.Render(resolution), "txt");
    }

    [Fact]
    public void Passwords_are_only_ever_references()
    {
        var options = ConnectionResolver.Resolve([Table("IFX_STOCK")], ConnectionResolverTests.Dev).DataSources.Single().Options;

        var password = Assert.Single(options, o => o.Key == "password");
        Assert.Equal((null, new SecretReference(SecretSource.File, "/run/secrets/ifx_stock")), (password.Value, password.Secret));
        Assert.Equal("password=<secret file:/run/secrets/ifx_stock>", password.ToString());
        Assert.Equal(["format", "url", "driver", "dbtable", "user", "password"], options.Select(o => o.Key));
    }

    [Theory]
    [InlineData("Oracle", "oracle.jdbc.OracleDriver", "jdbc:oracle:thin:@//db.internal:1521/APP")]
    [InlineData("Microsoft SQL Server", "com.microsoft.sqlserver.jdbc.SQLServerDriver", "jdbc:sqlserver://db.internal:1433;databaseName=APP")]
    [InlineData("DB2", "com.ibm.db2.jcc.DB2Driver", "jdbc:db2://db.internal:50000/APP")]
    [InlineData("PWX DB2zOS", "com.ibm.db2.jcc.DB2Driver", "jdbc:db2://db.internal:50000/APP")]
    [InlineData("Teradata", "com.teradata.jdbc.TeraDriver", "jdbc:teradata://db.internal/DATABASE=APP,DBS_PORT=1025")]
    [InlineData("Netezza", "org.netezza.Driver", "jdbc:netezza://db.internal:5480/APP")]
    [InlineData("PostgreSQL", "org.postgresql.Driver", "jdbc:postgresql://db.internal:5432/APP")]
    [InlineData("MySQL", "com.mysql.cj.jdbc.Driver", "jdbc:mysql://db.internal:3306/APP")]
    [InlineData("Sybase", "com.sybase.jdbc4.jdbc.SybDriver", "jdbc:sybase:Tds:db.internal:5000/APP")]
    [InlineData("Informix", "com.informix.jdbc.IfxDriver", "jdbc:informix-sqli://db.internal:9088/APP:INFORMIXSERVER=APP")]
    public void An_untyped_entry_takes_driver_and_url_form_from_the_connection_subtype(string subtype, string driver, string url)
    {
        var entry = new CatalogEntry("DB", null, null, "db.internal", null, "APP", null, null, "u", null, null, null, null, null, [], Here);
        var use = Table("DB", subtype: subtype);

        var options = ConnectionResolver.Resolve([use], new CatalogEnvironment("t", [entry])).DataSources.Single().Options;

        Assert.Equal((driver, url), (options.Single(o => o.Key == "driver").Value, options.Single(o => o.Key == "url").Value));
    }

    [Theory]
    [InlineData("ODBC")]
    [InlineData("Message Queue")]
    [InlineData("PWX DB2zOS CDC Real Time")]
    [InlineData(null)]
    public void Subtypes_that_name_no_database_need_a_typed_entry(string? subtype)
    {
        var entry = new CatalogEntry("DB", null, null, "db.internal", null, "APP", null, null, null, null, null, null, null, null, [], Here);

        var diagnostic = Assert.Single(ConnectionResolver.Resolve([Table("DB", subtype: subtype)], new CatalogEnvironment("t", [entry])).Diagnostics);

        Assert.Equal("I2S0404", diagnostic.Code);
        Assert.Contains("has no type", diagnostic.Message, StringComparison.Ordinal);
    }
}
