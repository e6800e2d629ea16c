using Informatica2Spark.Core.Emit;
using Informatica2Spark.Core.Parsing;
using Informatica2Spark.Core.Reporting;
using Informatica2Spark.Core.Sessions;
using Informatica2Spark.Core.Tests.Parsing;
using Informatica2Spark.Testing;
using Xunit;

namespace Informatica2Spark.Core.Tests.Sessions;

public class SessionConfigTests
{
    private static SessionConfig Build(string export, string session)
    {
        var document = ExportReaderTests.Read(export);
        var built = SessionConfigBuilder.BuildAll(document).Single(b => b.Config.Identity.Name == session);
        Assert.Empty(built.Diagnostics);
        return built.Config;
    }

    private static SessionConfig SalesOrders => Build("exports/sales_orders.xml", "s_m_sales_orders");

    [Fact]
    public void Later_layers_win_config_then_reference_then_session_then_task_instance()
    {
        var config = SalesOrders;

        Assert.Equal(20000, config.Execution.CommitInterval);
        Assert.Equal(10, config.ErrorHandling.StopOnErrors);
        Assert.Equal(TracingLevel.VerboseInitialization, config.ErrorHandling.OverrideTracing.Value);
        Assert.Equal("Verbose Initialization", config.ErrorHandling.OverrideTracing.Text);
        Assert.Equal(TargetLoadType.Bulk, config.Targets.Single().LoadType.Value);
        Assert.Equal("$PMSourceFileDir\\wf_sales.prm", config.Identity.ParameterFilename);
    }

    [Fact]
    public void Sizes_enums_and_custom_properties_are_typed()
    {
        var config = SalesOrders;

        Assert.Equal(512L * 1024 * 1024, config.Performance.DtmBufferSize.Bytes);
        Assert.True(config.Performance.DefaultBufferBlockSize.IsAuto);
        Assert.Equal(512L * 1024 * 1024, config.Performance.LookupCache.MaximumAutoMemory.Bytes);
        Assert.Equal(RecoveryStrategy.RestartTask, config.Execution.RecoveryStrategy.Value);
        Assert.True(config.Performance.HighPrecision);
        Assert.Equal([new CustomProperty("SkipFirstNRows", "0"), new CustomProperty("OptimizeCache", "Yes")], config.Performance.CustomProperties);
        Assert.Equal(SessionConfigBuilder.DefaultDateTimeFormat, config.ErrorHandling.DateTimeFormat);
    }

    [Theory]
    [InlineData("Auto", true, null)]
    [InlineData("12000000", false, 12000000L)]
    [InlineData("64KB", false, 65536L)]
    [InlineData("1GB", false, 1073741824L)]
    [InlineData("lots", false, null)]
    public void Memory_sizes_parse(string text, bool auto, long? bytes)
    {
        var size = MemorySize.Parse(text);
        Assert.Equal((auto, bytes, text), (size.IsAuto, size.Bytes, size.Text));
        Assert.Equal(text != "lots", size.IsValid);
    }

    [Fact]
    public void Partitions_sources_targets_and_components_are_read()
    {
        var config = SalesOrders;

        var keyRange = config.Performance.Partitions.Single(p => p.InstanceName == "SQ_ORDERS");
        Assert.Equal((PartitionType.KeyRange, 2, 2), (keyRange.Type.Value, keyRange.Count, keyRange.KeyRanges.Count));
        Assert.Equal(["CUSTOMER_ID"], config.Performance.Partitions.Single(p => p.Type.Value == PartitionType.HashUserKeys).HashKeys);

        var orders = config.Sources.Single(s => s.InstanceName == "ORDERS");
        Assert.Equal(("SQ_ORDERS", "Oracle", "Relational Reader"), (orders.QualifierName, orders.DatabaseType, orders.ReaderType));
        Assert.StartsWith("SELECT ORDER_ID", orders.SqlQuery, StringComparison.Ordinal);
        Assert.Equal("STATUS IS NOT NULL", orders.SourceFilter);
        Assert.Equal("$DBConnection_Src", orders.Connection!.Variable);
        var customers = config.Sources.Single(s => s.InstanceName == "CUSTOMERS").FlatFile!;
        Assert.Equal(("$PMSourceFileDir\\", "customers.dat", SourceFileType.Direct), (customers.Directory, customers.FileName, customers.FileType.Value));

        var target = config.Targets.Single();
        Assert.Equal(("ORDERS_FACT", "DWH", "DWH_ORACLE"), (target.InstanceName, target.TablePrefix, target.Connection!.Name));
        Assert.True(target.Insert && !target.UpdateElseInsert && !target.TruncateTarget);
        Assert.StartsWith("DELETE FROM ORDERS_FACT", target.PreSql, StringComparison.Ordinal);
        Assert.Equal(("$PMBadFileDir\\", "orders_fact1.bad"), (target.RejectDirectory, target.RejectFileName));

        Assert.Equal(("Pre-session command", "check_extract"), (config.Components.Commands.Single().When, config.Components.Commands.Single().Name));
        Assert.Equal("$$LOAD_DATE", config.Components.Assignments.Single().Variable);
        Assert.Equal(["$$LOAD_DATE", "$$EUR_RATE", "$$MAX_ORDER_DATE"], config.Parameters.Select(p => p.Name));
    }

    [Fact]
    public void Attributes_without_a_field_are_kept_with_owner_and_origin()
    {
        var others = SalesOrders.OtherAttributes;

        Assert.Contains(new OtherAttribute("Write Backward Compatible Session Log File", "NO", "s_m_sales_orders", AttributeOrigin.Session), others);
        Assert.Contains(new OtherAttribute("Advanced", string.Empty, "s_m_sales_orders", AttributeOrigin.ConfigObject), others);
        Assert.DoesNotContain(others, o => SessionAttributeNames.Mapped.Contains(o.Name) && o.Owner == "s_m_sales_orders");
    }

    [Fact]
    public void Sessions_whose_mapping_is_elsewhere_build_from_what_the_session_says()
    {
        var stage = Build("exports/sales_orders.xml", "s_m_stage_customers");
        Assert.False(stage.Identity.MappingInExport);
        var target = stage.Targets.Single();
        Assert.Equal(("STG_CUSTOMERS", true, "STAGE_PG"), (target.InstanceName, target.TruncateTarget, target.Connection!.Name));
        Assert.Equal(5000, stage.Execution.CommitInterval);

        var viaShortcut = Build("exports/multi_folder.xml", "s_m_load_dim_region");
        Assert.True(viaShortcut.Identity.MappingInExport);
        Assert.True(viaShortcut.Sources.Single().SelectDistinct);
    }

    [Fact]
    public void A_missing_config_object_and_invalid_values_are_reported()
    {
        var document = ExportReaderTests.Read("exports/sales_orders.xml");
        var folder = document.Folders.Single();
        var occurrence = SessionOccurrences.Of(document).Single(o => o.Name == "s_m_sales_orders");
        var broken = occurrence with
        {
            Session = occurrence.Session with { Attributes = [.. occurrence.Session.Attributes, new Model.AttributeValue("DTM buffer size", "lots")] },
        };

        var (config, diagnostics) = SessionConfigBuilder.Build(document, folder with { Configs = [] }, broken);

        Assert.Equal(["I2S0501", "I2S0502"], diagnostics.Select(d => d.Code).Order(StringComparer.Ordinal));
        Assert.False(config.Performance.DtmBufferSize.IsValid);
    }

    [Fact]
    public void Sales_session_config_snapshot() => Snapshot.Verify(JsonOutput.Serialize(SalesOrders), "json");

    [CorpusFact]
    public void Every_corpus_session_builds_and_keeps_every_attribute()
    {
        foreach (var file in RepositoryPaths.CorpusExports)
        {
            using var stream = File.OpenRead(file);
            var document = ExportReader.ReadDocument(stream, Path.GetFileName(file)).Document!;
            foreach (var (config, _) in SessionConfigBuilder.BuildAll(document))
            {
                var occurrence = SessionOccurrences.Of(document).First(o => o.ObjectPath == config.Identity.ObjectPath);
                var raw = occurrence.Session.Attributes.Concat(occurrence.Instance?.Attributes ?? [])
                    .Concat(occurrence.Session.TransformationInstances.SelectMany(i => i.Attributes))
                    .Concat(occurrence.Session.Extensions.Concat(occurrence.Instance?.Extensions ?? []).SelectMany(e => e.Attributes))
                    .Select(a => a.Name).Distinct(StringComparer.OrdinalIgnoreCase);
                var kept = config.OtherAttributes.Select(o => o.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
                Assert.All(raw, name => Assert.True(SessionAttributeNames.Mapped.Contains(name) || kept.Contains(name), $"{file}: {config.Identity.ObjectPath}: '{name}' dropped"));
            }
        }
    }
}
