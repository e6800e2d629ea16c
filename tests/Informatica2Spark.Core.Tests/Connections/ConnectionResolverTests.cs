using System.Text;
using Informatica2Spark.Core.Connections;
using Informatica2Spark.Core.Parameters;
using Informatica2Spark.Core.Sessions;
using Informatica2Spark.Core.Tests.Parameters;
using Informatica2Spark.Core.Tests.Parsing;
using Informatica2Spark.Testing;
using Xunit;

namespace Informatica2Spark.Core.Tests.Connections;

public class ConnectionResolverTests
{
    internal static CatalogEnvironment Dev => ConnectionCatalogTests.Load("connections.yaml").Select("dev", null).Environment!;

    private static ConnectionResolution Resolve(string export, string session, ParameterInputs inputs, CatalogEnvironment? catalog = null)
    {
        var document = ExportReaderTests.Read(export);
        var folder = document.Folders.Single();
        var occurrence = SessionOccurrences.Of(document).Single(o => o.Name == session);
        var (config, _) = SessionConfigBuilder.Build(document, folder, occurrence);
        var parameters = SessionParameters.Resolve(document.Path, folder, occurrence, inputs).Resolution.Parameters;
        return ConnectionResolver.Resolve(config, parameters, catalog ?? Dev);
    }

    internal static string Render(ConnectionResolution resolution)
    {
        var text = new StringBuilder();
        foreach (var source in resolution.DataSources)
        {
            var kind = source.Kind is { } k ? $" ({ConnectionKinds.CatalogType(k)})" : string.Empty;
            var list = source.PathIsFileList ? " [file list]" : string.Empty;
            text.Append($"{source.Role.ToString().ToLowerInvariant()} {source.InstanceName} -> {source.ConnectionName ?? "(no connection)"}{kind}{list}\n");
            foreach (var option in source.Options)
            {
                text.Append("  ").Append(option).Append('\n');
            }
        }

        foreach (var diagnostic in resolution.Diagnostics)
        {
            text.Append(diagnostic).Append('\n');
        }

        return text.ToString();
    }

    [Fact]
    public void Names_parameters_and_files_resolve_snapshot() =>
        Snapshot.Verify(Render(Resolve("exports/sales_orders.xml", "s_m_sales_orders", new ParameterInputs { Files = [ParameterFileTests.Load("sales.prm")] })), "txt");

    [Fact]
    public void Source_and_target_variables_relational_prefixes_and_tables_resolve_snapshot() =>
        Snapshot.Verify(Render(Resolve("exports/transformation_kinds.xml", "s_m_ticket_routing",
            new ParameterInputs { Cli = [new CliParameter("$DBConnection_Warehouse", "OPS_WAREHOUSE")] })), "txt");

    [Fact]
    public void Passwords_are_secret_references_only()
    {
        var resolution = Resolve("exports/sales_orders.xml", "s_m_sales_orders", new ParameterInputs { Files = [ParameterFileTests.Load("sales.prm")] });
        var orders = resolution.DataSources.Single(d => d.InstanceName == "ORDERS");

        var password = orders.Options.Single(o => o.Key == "password");
        Assert.Null(password.Value);
        Assert.Equal(new SecretReference(SecretSource.Environment, "ORA_SALES_PASSWORD"), password.Secret);
        Assert.Equal("jdbc:oracle:thin:@//ora-dev.example.internal:1521/SALESDEV", orders.Options.Single(o => o.Key == "url").Value);
        Assert.Contains("2026-03-01", orders.Options.Single(o => o.Key == "query").Value, StringComparison.Ordinal);
    }

    [Fact]
    public void A_relational_reference_to_a_file_entry_is_an_error()
    {
        var resolution = Resolve("exports/sales_orders.xml", "s_m_sales_orders", new ParameterInputs { Cli = [new CliParameter("$DBConnection_Src", "Relational:ARCHIVE_FILES")] });

        var mismatch = Assert.Single(resolution.Diagnostics, d => d.Code == "I2S0408");
        Assert.Contains("ORDERS: relational connection 'ARCHIVE_FILES' resolves to a file entry", mismatch.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_entries_and_unresolved_variables_name_the_connection_and_the_session()
    {
        var resolution = Resolve("exports/sales_orders.xml", "s_m_stage_customers", new ParameterInputs(), new CatalogEnvironment("empty", []));
        var missing = Assert.Single(resolution.Diagnostics);
        Assert.Equal(("I2S0407", "SALES/WF:wf_sales/ST:s_m_stage_customers"), (missing.Code, missing.Location.ObjectPath));
        Assert.Contains("'STAGE_PG' is not in the catalog environment 'empty'", missing.Message, StringComparison.Ordinal);
        Assert.True(missing.Location.Line > 0);
    }

    [Fact]
    public void An_sql_override_stands_alone_and_filters_shape_the_default_query()
    {
        var document = ExportReaderTests.Read("exports/sales_orders.xml");
        var folder = document.Folders.Single();
        var occurrence = SessionOccurrences.Of(document).Single(o => o.Name == "s_m_sales_orders");
        var (config, _) = SessionConfigBuilder.Build(document, folder, occurrence);
        var parameters = SessionParameters.Resolve(document.Path, folder, occurrence, new ParameterInputs { Files = [ParameterFileTests.Load("sales.prm")] }).Resolution.Parameters;
        string QueryOf(SessionConfig c) => ConnectionResolver.Resolve(c, parameters, Dev).DataSources.Single(d => d.InstanceName == "ORDERS").Options.Single(o => o.Key is "query" or "dbtable").Value!;

        Assert.DoesNotContain("STATUS IS NOT NULL", QueryOf(config), StringComparison.Ordinal);

        var orders = config.Sources.Single(s => s.InstanceName == "ORDERS");
        var withoutOverride = config with { Sources = [orders with { SqlQuery = null, SelectDistinct = true, UserDefinedJoin = "ORDERS.AMOUNT > $$EUR_RATE" }] };
        Assert.Equal("SELECT DISTINCT * FROM ORDERS WHERE (ORDERS.AMOUNT > 0.92) AND (STATUS IS NOT NULL)", QueryOf(withoutOverride));

        var plain = config with { Sources = [orders with { SqlQuery = null, SourceFilter = null }] };
        Assert.Equal("ORDERS", QueryOf(plain));
    }

    [Fact]
    public void An_untyped_entry_takes_driver_and_url_form_from_the_session_connection_subtype()
    {
        var resolution = Resolve("exports/sales_orders.xml", "s_m_sales_orders", new ParameterInputs { Cli = [new CliParameter("$DBConnection_Src", "ORA_SALES_QA")] });
        var orders = resolution.DataSources.Single(d => d.InstanceName == "ORDERS");

        Assert.Equal("oracle.jdbc.OracleDriver", orders.Options.Single(o => o.Key == "driver").Value);
        Assert.Equal("jdbc:oracle:thin:@//ora-qa.example.internal:1521/SALESQA", orders.Options.Single(o => o.Key == "url").Value);
    }

    [Fact]
    public void Indirect_flat_file_sources_are_marked_as_file_lists()
    {
        var document = ExportReaderTests.Read("exports/sales_orders.xml");
        var folder = document.Folders.Single();
        var occurrence = SessionOccurrences.Of(document).Single(o => o.Name == "s_m_sales_orders");
        var (config, _) = SessionConfigBuilder.Build(document, folder, occurrence);
        var customers = config.Sources.Single(s => s.InstanceName == "CUSTOMERS");
        var indirect = config with { Sources = [customers with { FlatFile = customers.FlatFile! with { FileType = new Choice<SourceFileType>(SourceFileType.Indirect, "Indirect") } }] };

        var source = ConnectionResolver.Resolve(indirect, [], Dev).DataSources.Single(d => d.InstanceName == "CUSTOMERS");
        Assert.True(source.PathIsFileList);
        Assert.False(ConnectionResolver.Resolve(config, [], Dev).DataSources.Single(d => d.InstanceName == "CUSTOMERS").PathIsFileList);
    }
}
