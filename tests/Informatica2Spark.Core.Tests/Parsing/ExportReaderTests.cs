using Informatica2Spark.Core.Model;
using Informatica2Spark.Core.Parsing;
using Informatica2Spark.Testing;
using Xunit;

namespace Informatica2Spark.Core.Tests.Parsing;

public class ExportReaderTests
{
    internal static ExportDocument Read(string relativePath)
    {
        using var stream = File.OpenRead(Path.Combine(RepositoryPaths.TestData, relativePath));
        var result = ExportReader.ReadDocument(stream, "testdata/" + relativePath);
        Assert.True(result.IsReadable, string.Join("\n", result.Diagnostics));
        return result.Document!;
    }

    private static Folder Sales => Read("exports/sales_orders.xml").Folders.Single();

    [Fact]
    public void Document_and_repository_attributes_are_read()
    {
        var document = Read("exports/sales_orders.xml");
        Assert.Equal("11/02/2026 10:15:00", document.CreationDate);
        Assert.Equal("187.96", document.RepositoryVersion);
        var repository = Assert.Single(document.Repositories);
        Assert.Equal(("REP_SALES", "Oracle", "UTF-8"), (repository.Name, repository.DatabaseType, repository.CodePage));
        var folder = Assert.Single(repository.Folders);
        Assert.Equal(("SALES", "etl_admin", (bool?)false), (folder.Name, folder.Header.Owner, folder.Header.Shared));
    }

    [Fact]
    public void Sources_targets_and_flat_files_are_typed()
    {
        var folder = Sales;
        var orders = folder.Sources.Single(s => s.Name == "ORDERS");
        Assert.Equal(("ORA_SALES", "Oracle", "SALES"), (orders.DbdName, orders.DatabaseType, orders.OwnerName));
        Assert.Equal(["ORDER_ID", "CUSTOMER_ID", "ORDER_DATE", "AMOUNT", "STATUS"], orders.Fields.Select(f => f.Name));
        Assert.Equal(KeyType.PrimaryKey, orders.Fields[0].KeyType);
        Assert.False(orders.Fields[0].Nullable);
        Assert.Equal(("CUSTOMERS", "CUSTOMER_ID"), (orders.Fields[1].ReferencedTable, orders.Fields[1].ReferencedField));
        Assert.Equal((12, 2), (orders.Fields[3].Precision!.Value, orders.Fields[3].Scale!.Value));

        var flat = folder.Sources.Single(s => s.Name == "CUSTOMERS").FlatFile!;
        Assert.True(flat.Delimited);
        Assert.Equal(("|", "DOUBLE", 1, "\\"), (flat.Delimiters, flat.QuoteCharacter, flat.SkipRows, flat.EscapeCharacter));
        Assert.Contains(flat.OtherAttributes, a => a is { Name: "NULLCHARTYPE", Value: "ASCII" });

        var fact = folder.Targets.Single(t => t.Name == "ORDERS_FACT");
        var index = Assert.Single(fact.Indexes);
        Assert.Equal(("IX_ORDERS_FACT_DATE", false, "ORDER_DATE"), (index.Name, index.Unique, index.FieldNames.Single()));
        Assert.NotNull(folder.Targets.Single(t => t.Name == "ORDER_REJECTS").FlatFile);
    }

    [Fact]
    public void Transformations_ports_and_attributes_are_typed()
    {
        var folder = Sales;
        var toEur = folder.Transformations.Single(t => t.Name == "exp_to_eur");
        Assert.True(toEur.Reusable);
        Assert.Equal("Expression", toEur.Type);
        var output = toEur.Ports.Single(p => p.Name == "OUT_AMOUNT_EUR");
        Assert.Equal(PortDirection.Output, output.Direction);
        Assert.Equal("ROUND(IN_AMOUNT * $$EUR_RATE, 2)", output.Expression);
        Assert.Equal("ERROR('transformation error')", output.DefaultValue);

        var mapping = folder.Mappings.Single();
        var sq = mapping.Transformations.Single(t => t.Name == "SQ_ORDERS");
        Assert.Equal(
            "SELECT ORDER_ID, CUSTOMER_ID, ORDER_DATE, AMOUNT, STATUS\r\nFROM SALES.ORDERS\r\nWHERE ORDER_DATE >= TO_DATE('$$LOAD_DATE', 'YYYY-MM-DD')",
            sq.TableAttributes.Get("Sql Query"));
        var joiner = mapping.Transformations.Single(t => t.Type == "Joiner");
        Assert.Equal(PortDirection.Input | PortDirection.Output | PortDirection.Master, joiner.Ports[0].Direction);
        var variable = mapping.Transformations.Single(t => t.Name == "exp_derive").Ports.Single(p => p.Name == "v_MAX_DATE");
        Assert.Equal(PortDirection.Variable, variable.Direction);
    }

    [Fact]
    public void Mapping_instances_connectors_load_order_and_variables_are_read()
    {
        var mapping = Sales.Mappings.Single();
        Assert.Equal("m_sales_orders", mapping.Name);
        Assert.Equal(11, mapping.Instances.Count);
        var mapplet = mapping.Instances.Single(i => i.Kind == InstanceKind.Mapplet);
        Assert.Equal(("mplt_clean_name", (bool?)true), (mapplet.TransformationName, mapplet.Reusable));
        Assert.Equal(["ORDERS"], mapping.Instances.Single(i => i.Name == "SQ_ORDERS").AssociatedSourceInstances);
        Assert.Equal(27, mapping.Connectors.Count);
        Assert.Equal(new Connector("ORDERS", "Source Definition", "ORDER_ID", "SQ_ORDERS", "Source Qualifier", "ORDER_ID", mapping.Connectors[0].Position), mapping.Connectors[0]);
        Assert.Equal(new TargetLoadOrder(1, "ORDERS_FACT"), Assert.Single(mapping.TargetLoadOrders));

        var loadDate = mapping.Variables.Single(v => v.Name == "$$LOAD_DATE");
        Assert.True(loadDate.IsParameter);
        Assert.Equal(("string", "2026-01-01", AggregationFunction.None), (loadDate.DataType, loadDate.DefaultValue, loadDate.Aggregation));
        var maxDate = mapping.Variables.Single(v => v.Name == "$$MAX_ORDER_DATE");
        Assert.False(maxDate.IsParameter);
        Assert.Equal(AggregationFunction.Max, maxDate.Aggregation);
        Assert.Null(maxDate.DefaultValue);
    }

    [Fact]
    public void Shortcuts_configs_tasks_and_schedulers_are_read()
    {
        var folder = Sales;
        var external = folder.Shortcuts.Single(s => s.Name == "Shortcut_to_DIM_DATE");
        Assert.Equal((ShortcutObjectType.Target, ShortcutReferenceType.Global, "SHARED_DIM", "DIM_DATE"),
            (external.ObjectType, external.ReferenceType, external.FolderName, external.RefObjectName));
        var config = Assert.Single(folder.Configs);
        Assert.True(config.IsDefault);
        Assert.Equal("512MB", config.Attributes.Get("Maximum Memory Allowed For Auto Memory Attributes"));
        var task = Assert.Single(folder.Tasks);
        Assert.Equal(("Command", true), (task.Type, task.Reusable));
        Assert.Equal("archive", Assert.Single(task.ValuePairs).Name);
        var scheduler = Assert.Single(folder.Schedulers);
        Assert.Equal("ONSERVERINIT", scheduler.ScheduleType);
        Assert.Contains(scheduler.Options, o => o is { Name: "SCHEDULEOPTIONS.SCHEDULETYPE", Value: "RECURRING" });
        Assert.Contains(scheduler.Options, o => o is { Name: "SCHEDULEOPTIONS.RECURRING.DAYS", Value: "1" });
    }

    [Fact]
    public void Sessions_keep_instances_partitions_components_and_extensions()
    {
        var session = Sales.Sessions.Single();
        Assert.Equal(("s_m_sales_orders", "m_sales_orders", true), (session.Name, session.MappingName, session.Reusable));
        var sq = session.TransformationInstances.Single(i => i.InstanceName == "SQ_ORDERS");
        Assert.Equal("KEY RANGE", sq.PartitionType);
        Assert.Equal(2, sq.Partitions.Count);
        Assert.Equal(new KeyRange("ORDER_ID", "0", "500000", "ORDERS", null), sq.Partitions[0].KeyRanges.Single());
        Assert.Equal("CUSTOMER_ID", session.TransformationInstances.Single(i => i.InstanceName == "jnr_orders_customers").HashKeys.Single().Name);
        Assert.Equal("10", session.ConfigReference!.Attributes.Get("Stop on errors"));
        Assert.Equal(["Pre-session command", "Pre-session variable assignment"], session.Components.Select(c => c.Type));
        Assert.Equal("test -s $PMSourceFileDir/customers.dat", session.Components[0].Task!.ValuePairs.Single().Value);
        var reader = session.Extensions.Single(e => e.InstanceName == "ORDERS");
        Assert.Equal(("Relational Reader", "SQ_ORDERS"), (reader.SubType, reader.DsqInstanceName));
        Assert.Equal("$DBConnection_Src", reader.Connections.Single().Variable);
        Assert.Equal("DWH_ORACLE", session.Extensions.Single(e => e.InstanceName == "ORDERS_FACT").Connections.Single().ConnectionName);
        Assert.Equal("512MB", session.Attributes.Get("DTM buffer size"));
    }

    [Fact]
    public void Workflows_hold_nested_sessions_worklets_instances_links_and_variables()
    {
        var workflow = Sales.Workflows.Single();
        Assert.Equal(("wf_sales", "sch_nightly", "IS_SALES"), (workflow.Name, workflow.SchedulerName, workflow.ServerName));
        Assert.NotNull(workflow.Scheduler);
        Assert.Equal(["Start", "asg_run_date"], workflow.Tasks.Select(t => t.Name));
        Assert.Equal("s_m_stage_customers", workflow.Sessions.Single().Name);
        Assert.False(workflow.Sessions.Single().Reusable);
        var worklet = workflow.Worklets.Single();
        Assert.Equal("s_m_purge_rejects", worklet.Sessions.Single().Name);

        var reusable = workflow.TaskInstances.Single(t => t.Name == "s_m_sales_orders");
        Assert.True(reusable.Reusable);
        Assert.Equal("20000", reusable.Attributes.Get("Commit Interval"));
        Assert.Equal("Verbose Initialization", reusable.ConfigReference!.Attributes.Get("Override tracing"));
        Assert.Equal("Bulk", reusable.Extensions.Single().Attributes.Get("Target load type"));

        Assert.Equal(5, workflow.Links.Count);
        Assert.Null(workflow.Links[0].Condition);
        Assert.Equal("$s_m_stage_customers.Status = SUCCEEDED", workflow.Links[2].Condition);
        var runDate = workflow.Variables.Single(v => v.Name == "$$RUN_DATE");
        Assert.True(runDate.IsPersistent && runDate.UserDefined);
    }

    [Fact]
    public void Positions_point_at_start_tags()
    {
        var folder = Sales;
        Assert.Equal(new TextPosition(6, 6), folder.Sources[0].Position);
        Assert.True(folder.Sessions[0].Position.Line > folder.Mappings[0].Position.Line);
    }

    [Fact]
    public void Routers_lookups_aggregators_macros_and_control_tasks_are_read()
    {
        var folder = Read("exports/transformation_kinds.xml").Folders.Single();
        var lookup = folder.Transformations.Single();
        Assert.Equal(("Lookup Procedure", "dbo.TEAMS"), (lookup.Type, lookup.TableAttributes.Get("Lookup table name")));
        Assert.Equal(PortDirection.Lookup | PortDirection.Output | PortDirection.Return, lookup.Ports.Single(p => p.Name == "TEAM_NAME").Direction);

        var mapping = folder.Mappings.Single();
        var router = mapping.Transformations.Single(t => t.Type == "Router");
        Assert.Equal(["INPUT", "URGENT", "DEFAULT1"], router.Groups.Select(g => g.Name));
        Assert.Equal((2, "OUTPUT", ":UDF.IS_URGENT(PRIORITY)"), (router.Groups[1].Order, router.Groups[1].Type, router.Groups[1].Expression));
        Assert.Equal(("URGENT", "TICKET_ID"), (router.Ports.Single(p => p.Name == "TICKET_ID1").Group, router.Ports.Single(p => p.Name == "TICKET_ID1").RefField));
        var aggregator = mapping.Transformations.Single(t => t.Type == "Aggregator");
        Assert.Equal("GROUPBY", aggregator.Ports.Single(p => p.Name == "TEAM_ID").ExpressionType);
        var sorter = mapping.Transformations.Single(t => t.Type == "Sorter");
        Assert.Equal(((bool?)true, "ASCENDING"), (sorter.Ports[0].IsSortKey, sorter.Ports[0].SortDirection));
        Assert.Equal(["URGENT_TICKETS", "TEAM_LOAD"], mapping.TargetLoadOrders.OrderBy(t => t.Order).Select(t => t.TargetInstance));

        var macro = folder.Macros.Single();
        Assert.Equal(("IS_URGENT", "IN(UPPER(p_priority), 'P1', 'P2')", "integer", "p_priority"), (macro.Name, macro.Expression, macro.ReturnType, macro.Arguments.Single()));
        var timer = folder.Tasks.Single(t => t.Type == "Timer").Timer!;
        Assert.Equal("START_RELATIVE_TO_PREVIOUSTASK", timer.TimerType);
        Assert.Contains(timer.Attributes, a => a is { Name: "STARTOPTIONS.STARTTIME", Value: "00:15" });
        Assert.Equal("Ticket routing failed", folder.Tasks.Single(t => t.Type == "Email").Attributes.Get("Email Subject"));
        var workflow = folder.Workflows.Single();
        Assert.Equal(["Start", "Decision", "Control"], workflow.Tasks.Select(t => t.Type));
        Assert.False(workflow.TaskInstances.Single(t => t.Name == "ctl_stop").IsEnabled);
    }

    [Theory]
    [InlineData("exports/latin1_encoding.xml", "ISO-8859-1", "Cadastro de clientes: razão social e endereço")]
    [InlineData("exports/windows1252_encoding.xml", "Windows-1252", "Valores em € – “cotações” diárias")]
    public void Legacy_encodings_are_decoded(string file, string encoding, string description)
    {
        var document = Read(file);
        Assert.Equal(encoding, document.Encoding);
        Assert.Equal(description, document.Folders.Single().Header.Description);
    }

    [Fact]
    public void Several_folders_stream_in_file_order()
    {
        var sink = new RecordingSink();
        using var stream = File.OpenRead(Path.Combine(RepositoryPaths.TestData, "exports", "multi_folder.xml"));
        var outcome = ExportReader.Read(stream, "multi_folder.xml", sink);

        Assert.True(outcome.IsReadable);
        Assert.Equal(
            ["start SHARED_DIM", "TargetDefinition DIM_REGION", "SourceDefinition REGIONS", "Mapping m_load_dim_region", "end SHARED_DIM",
             "start MARKETING", "Shortcut Shortcut_to_m_load_dim_region", "Shortcut Shortcut_to_DIM_REGION", "Session s_m_load_dim_region",
             "Worklet wl_dimensions", "Workflow wf_marketing", "end MARKETING"],
            sink.Events);
    }

    private sealed class RecordingSink : IExportSink
    {
        public List<string> Events { get; } = [];

        public void OnDocument(string path, string? creationDate, string? repositoryVersion, string? encoding)
        {
        }

        public void OnRepository(string name, string? version, string? codePage, string? databaseType, TextPosition position)
        {
        }

        public void OnFolderStart(FolderHeader folder) => Events.Add("start " + folder.Name);

        public void OnObject(FolderHeader folder, IModelObject item) => Events.Add(item.GetType().Name + " " + item.Name);

        public void OnFolderEnd(FolderHeader folder) => Events.Add("end " + folder.Name);
    }
}
