using Informatica2Spark.Core.Connections;
using Informatica2Spark.Core.Diagnostics;
using Informatica2Spark.Core.Parameters;
using Informatica2Spark.Core.Sessions;
using Informatica2Spark.Core.Tests.Parsing;
using Informatica2Spark.Testing;
using Xunit;

namespace Informatica2Spark.Core.Tests.Connections;

/// <summary>
/// testdata/connections/connection_forms.xml: a source naming its connection on the source qualifier, lookups through
/// their session extension and through the mapping's Connection Information, a queue target, an FTP file target and
/// an indirect file source.
/// </summary>
public class ConnectionUsesTests
{
    private static readonly SourceLocation Here = new("uses.xml", 1, 1, "F/ST:s");

    private static (SessionConfig Config, IReadOnlyList<ResolvedParameter> Parameters) Forms(bool withParameters = true)
    {
        var document = ExportReaderTests.Read("connections/connection_forms.xml");
        var folder = document.Folders.Single();
        var occurrence = SessionOccurrences.Of(document).Single(o => o.Name == "s_m_forms");
        var (config, _) = SessionConfigBuilder.Build(document, folder, occurrence);
        var inputs = new ParameterInputs();
        if (withParameters)
        {
            using var reader = new StreamReader(Path.Combine(RepositoryPaths.TestData, "connections", "forms.prm"));
            var (file, diagnostics) = ParameterFileParser.Parse(reader, "testdata/connections/forms.prm");
            Assert.Empty(diagnostics);
            inputs = new ParameterInputs { Files = [file] };
        }

        return (config, SessionParameters.Resolve(document.Path, folder, occurrence, inputs).Resolution.Parameters);
    }

    [Fact]
    public void Every_reference_form_of_a_session_resolves_snapshot()
    {
        var (config, parameters) = Forms();
        Snapshot.Verify(ConnectionResolverTests.Render(ConnectionResolver.Resolve(config, parameters, ConnectionResolverTests.Dev)), "txt");
    }

    [Fact]
    public void Uses_carry_the_reference_after_substitution()
    {
        var (config, parameters) = Forms();
        var uses = ConnectionUses.Of(config, parameters).ToDictionary(u => u.InstanceName);

        Assert.Equal(("ORA_SALES_QA", "Oracle"), (uses["ORDERS"].Reference, uses["ORDERS"].ConnectionSubType));
        Assert.Equal(("Relational:DWH_ORACLE", DataSourceRole.Lookup), (uses["lkp_customer"].Reference, uses["lkp_customer"].Role));
        Assert.Equal("Relational:LEGACY_DB2", uses["lkp_region"].Reference);
        Assert.Equal("SELECT CUSTOMER_ID, REGION FROM LEGACY.REGIONS WHERE VALID_TO > '2026-01-01'", uses["lkp_region"].Table!.Query);
        Assert.Equal(("Queue", "SALES_EVENTS"), (uses["ORDER_EVENTS"].ConnectionType, uses["ORDER_EVENTS"].Reference));
        Assert.Null(uses["RATES"].Reference);
        Assert.Equal(new FileObject("$PMSourceFileDir\\rates", "rates.lst", IsFileList: true), uses["RATES"].File);
        Assert.All(uses.Values, u => Assert.Empty(u.Unresolved));
    }

    [Fact]
    public void Without_values_each_missing_parameter_is_one_fact_the_parameter_stage_reports_and_connections_do_not_repeat()
    {
        var (config, parameters) = Forms(withParameters: false);
        var unresolved = parameters.Where(p => p.Value is null).Select(p => p.Name).ToList();
        var diagnostics = ConnectionResolver.Resolve(config, parameters, ConnectionResolverTests.Dev).Diagnostics;

        // The connections name $DBConnection_Out, $$RUN_TAG and $InputFile_Rates: I2S0304 reports each once per
        // session (SessionParameters); the resolver, which sees every use, adds no second finding for them.
        Assert.Superset(new HashSet<string>(["$DBConnection_Out", "$$RUN_TAG", "$InputFile_Rates"], StringComparer.OrdinalIgnoreCase), unresolved.ToHashSet(StringComparer.OrdinalIgnoreCase));
        Assert.DoesNotContain(diagnostics, d => d.Code == "I2S0409");
        var uses = ConnectionUses.Of(config, parameters).ToDictionary(u => u.InstanceName);
        Assert.Contains("$DBConnection_Out", uses["ORDERS_OUT"].Unresolved);
        Assert.Contains("$InputFile_Rates", uses["RATES"].Unresolved);
    }

    [Fact]
    public void Source_and_target_variables_fall_back_to_the_one_connection_the_session_uses()
    {
        var (config, parameters) = Forms();
        var single = config with { Identity = config.Identity with { TargetConnectionValue = null } };
        var lookup = Lookup(single);
        Assert.Equal("Relational:DWH_ORACLE", lookup.Reference);

        var twoTargets = single with { Targets = [.. single.Targets, single.Targets[0] with { InstanceName = "OTHER", Connection = new ConnectionSetting("OPS_WAREHOUSE", null, "Relational", "Microsoft SQL Server") }] };
        var unresolved = Lookup(twoTargets);
        Assert.Equal(["$Target"], unresolved.Unresolved);
        var diagnostic = Assert.Single(ConnectionResolver.Resolve([unresolved], ConnectionResolverTests.Dev).Diagnostics);
        Assert.Contains("connection $Target has no value: set the session's '$Target connection value'", diagnostic.Message, StringComparison.Ordinal);

        ConnectionUse Lookup(SessionConfig c) => ConnectionUses.Of(c, parameters).Single(u => u.InstanceName == "lkp_customer");
    }

    [Theory]
    [InlineData("Relational", null, "SALES_EVENTS", "I2S0408", "relational connection 'SALES_EVENTS' resolves to a kafka entry")]
    [InlineData("Queue", null, "DWH_ORACLE", "I2S0408", "queue connection 'DWH_ORACLE' resolves to a oracle entry")]
    [InlineData(null, "out.csv", "DWH_ORACLE", "I2S0408", "file connection 'DWH_ORACLE' resolves to a oracle entry")]
    [InlineData("Application", null, "SALES_EVENTS", null, null)]
    [InlineData("Relational", null, "LAKE_TABLES", null, null)]
    [InlineData("FTP", "out.csv", "LANDING_HDFS", null, null)]
    public void What_the_session_expects_must_match_the_entry_type(string? connectionType, string? file, string name, string? code, string? message)
    {
        var use = new ConnectionUse("X", DataSourceRole.Target, name, connectionType, null, null, Here)
        {
            File = file is null ? null : new FileObject(null, file),
            Table = file is null ? new RelationalObject("T") : null,
        };

        var resolution = ConnectionResolver.Resolve([use], ConnectionResolverTests.Dev);

        Assert.Equal(code, resolution.Diagnostics.SingleOrDefault()?.Code);
        if (message is not null)
        {
            Assert.Contains(message, resolution.Diagnostics.Single().Message, StringComparison.Ordinal);
            Assert.Empty(resolution.DataSources.Single().Options);
        }
        else
        {
            Assert.NotEmpty(resolution.DataSources.Single().Options);
        }
    }

    [Fact]
    public void A_missing_entry_names_the_connection_the_reference_and_the_location()
    {
        var use = new ConnectionUse("LKP", DataSourceRole.Lookup, "Relational:NOWHERE", "Relational", "Oracle", "Relational Lookup", Here) { Table = new RelationalObject("T") };

        var diagnostic = Assert.Single(ConnectionResolver.Resolve([use], ConnectionResolverTests.Dev).Diagnostics);

        Assert.Equal("I2S0407", diagnostic.Code);
        Assert.Equal("LKP: connection 'NOWHERE' (from Relational:NOWHERE) is not in the catalog environment 'dev': add an entry named 'NOWHERE'", diagnostic.Message);
        Assert.Equal(Here, diagnostic.Location);
    }
}
