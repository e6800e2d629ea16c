using Informatica2Spark.Core.Connections;
using Informatica2Spark.Core.Optimization;
using Informatica2Spark.Core.Rules;
using Informatica2Spark.Core.Sessions;
using Informatica2Spark.Core.Tests.Validation.Sessions;
using Informatica2Spark.Testing;
using Xunit;

namespace Informatica2Spark.Core.Tests.Optimization;

/// <summary>Each optimizer rule: the setting it derives, from which session value, with its rationale; and when it stays out.</summary>
public sealed class PerformanceOptimizerTests
{
    private static readonly SessionInput Sales = SessionCases.WithCatalog("sales_orders.xml", "s_m_sales_orders", "sales.prm");
    private static readonly SessionInput Ledger = SessionCases.WithCatalog("direct_loads.xml", "s_m_load_gl", "finance.prm");

    [Fact]
    public void The_sales_session_plan_snapshot()
    {
        var plan = Optimize(Sales);

        Snapshot.Verify(string.Concat(
            plan.Conf.Select(c => $"{c.Key} = {c.Value}    [{c.Rule}] {c.Rationale}\n")
                .Concat(plan.DataSourceOptions.Select(o => $"{o.Role} {o.InstanceName}: {o.Key} = {o.Value.ReplaceLineEndings("\\n")}    [{o.Rule}] {o.Rationale}\n"))), "txt");
    }

    [Fact]
    public void Every_key_comes_from_one_rule_and_the_plan_is_ordered_and_deterministic()
    {
        var plan = Optimize(Sales);

        Assert.Equal(plan.Conf.Select(c => c.Key).Distinct(StringComparer.Ordinal).Count(), plan.Conf.Count);
        Assert.Equal(plan.Conf.Select(c => c.Key).Order(StringComparer.Ordinal), plan.Conf.Select(c => c.Key));
        Assert.All(plan.DataSourceOptions.GroupBy(o => (o.InstanceName, o.Role)), g => Assert.Equal(g.Count(), g.Select(o => o.Key).Distinct(StringComparer.Ordinal).Count()));
        Assert.Equal(plan, Optimize(Sales) with { Conf = plan.Conf, DataSourceOptions = plan.DataSourceOptions });
        Assert.Equal(plan.Conf, Optimize(Sales).Conf);
        Assert.All(plan.Conf, c => Assert.False(string.IsNullOrWhiteSpace(c.Rationale)));
    }

    [Theory]
    [InlineData("small", "2", "2", "4096m")]
    [InlineData("medium", "4", "4", "8192m")]
    [InlineData("large", "16", "5", "16384m")]
    public void Executors_follow_the_cluster_preset(string preset, string instances, string cores, string memory)
    {
        var conf = Conf(Ledger, ClusterProfiles.Find(preset)!);

        Assert.Equal((instances, cores, memory), (conf["spark.executor.instances"], conf["spark.executor.cores"], conf["spark.executor.memory"]));
    }

    [Fact]
    public void A_large_dtm_buffer_raises_executor_memory()
    {
        var input = Ledger with { Config = Ledger.Config with { Performance = Ledger.Config.Performance with { DtmBufferSize = MemorySize.Parse("6GB") } } };

        var memory = Optimize(input).Conf.Single(c => c.Key == "spark.executor.memory");
        Assert.Equal("12288m", memory.Value);
        Assert.Contains("twice the session's DTM buffer size (6GB)", memory.Rationale, StringComparison.Ordinal);
    }

    [Fact]
    public void Shuffle_partitions_follow_cores_session_partitions_and_volumes()
    {
        Assert.Equal("32", Conf(Ledger)["spark.sql.shuffle.partitions"]);
        Assert.Equal("32", Conf(Ledger, volumes: [new VolumeHint("OTHER", 90_000_000)])["spark.sql.shuffle.partitions"]);
        Assert.Equal("90", Conf(Ledger, volumes: [new VolumeHint("GL_ENTRIES", 90_000_000)])["spark.sql.shuffle.partitions"]);
        Assert.Equal("10000", Conf(Ledger, volumes: [new VolumeHint("GL_ENTRIES", 50_000_000_000)])["spark.sql.shuffle.partitions"]);
    }

    [Fact]
    public void Broadcast_threshold_follows_the_largest_lookup_cache_capped_by_driver_memory()
    {
        Assert.False(Conf(Ledger).ContainsKey("spark.sql.autoBroadcastJoinThreshold"));
        static SessionInput With(params LookupSettings[] lookups) => Ledger with { Config = Ledger.Config with { Lookups = lookups } };

        // Sized caches: data + index of the largest cached lookup (40 MB + 20 MB), not the session-wide auto memory limit.
        var sized = With(
            new LookupSettings("lkp_small", "A", null, null, DataCacheSize: MemorySize.Parse("2000000"), IndexCacheSize: MemorySize.Parse("1000000")),
            new LookupSettings("lkp_large", "B", null, null, DataCacheSize: MemorySize.Parse("40000000"), IndexCacheSize: MemorySize.Parse("20000000")),
            new LookupSettings("lkp_auto", "C", null, null, DataCacheSize: MemorySize.Parse("Auto"), IndexCacheSize: MemorySize.Parse("Auto")));
        var large = Optimize(sized).Conf.Single(c => c.Key == "spark.sql.autoBroadcastJoinThreshold");
        Assert.Equal("60000000", large.Value);
        Assert.Contains("lookup 'lkp_large' caches up to 60000000 bytes", large.Rationale, StringComparison.Ordinal);
        Assert.Contains("1 sized Auto give no size", large.Rationale, StringComparison.Ordinal);
        Assert.Contains("the cap is a tenth of the driver's 4096 MB", large.Rationale, StringComparison.Ordinal);

        // The cap is a tenth of the driver's memory: 2048 MB on the small preset.
        var huge = With(new LookupSettings("lkp_huge", "B", null, null, DataCacheSize: MemorySize.Parse("1GB"), IndexCacheSize: MemorySize.Parse("512MB")));
        var capped = Optimize(huge, ClusterProfiles.Small).Conf.Single(c => c.Key == "spark.sql.autoBroadcastJoinThreshold");
        Assert.Equal("214748364", capped.Value);
        Assert.Contains("capped at a tenth of the driver's 2048 MB", capped.Rationale, StringComparison.Ordinal);

        // A bare session-wide limit (1536, read as bytes) or a 512MB one changes nothing: Auto caches keep Spark's 10 MB.
        foreach (var limit in new[] { "1536", "512MB" })
        {
            var auto = With(new LookupSettings("lkp_account", "ACCOUNTS", null, null)) is var input
                ? input with { Config = input.Config with { Performance = input.Config.Performance with { LookupCache = input.Config.Performance.LookupCache with { MaximumAutoMemory = MemorySize.Parse(limit) } } } }
                : null;
            var setting = Optimize(auto!).Conf.Single(c => c.Key == "spark.sql.autoBroadcastJoinThreshold");
            Assert.Equal("10485760", setting.Value);
            Assert.Contains("size their data and index caches Auto", setting.Rationale, StringComparison.Ordinal);
        }

        // Uncached lookups query their source row by row: nothing to size.
        var uncached = Optimize(With(new LookupSettings("lkp_live", "D", null, null, CachingEnabled: false, DataCacheSize: MemorySize.Parse("1GB"), IndexCacheSize: MemorySize.Parse("1GB"))))
            .Conf.Single(c => c.Key == "spark.sql.autoBroadcastJoinThreshold");
        Assert.Equal("10485760", uncached.Value);
        Assert.Contains("Lookup caching enabled is off", uncached.Rationale, StringComparison.Ordinal);
    }

    [Fact]
    public void Lookup_cache_sizes_and_caching_come_from_the_lookup_with_the_session_override()
    {
        var lookup = SessionCases.Of("transformation_kinds.xml", "s_m_ticket_routing").Config.Lookups.Single();

        Assert.True(lookup.CachingEnabled);
        Assert.Equal(("Auto", "20000000"), (lookup.DataCacheSize.Text, lookup.IndexCacheSize.Text));
    }

    [Fact]
    public void The_event_log_is_on_only_with_a_directory_from_the_cluster_profile()
    {
        Assert.False(Conf(Ledger).ContainsKey("spark.eventLog.enabled"));
        var collecting = Ledger with { Config = Ledger.Config with { Performance = Ledger.Config.Performance with { CollectPerformanceData = true } } };

        var off = Optimize(collecting).Conf.Where(c => c.Key.StartsWith("spark.eventLog.", StringComparison.Ordinal)).ToList();
        Assert.Equal([("spark.eventLog.enabled", "false")], off.Select(c => (c.Key, c.Value)));
        Assert.Contains("names no eventLogDir: Spark fails at start when the event log directory", off[0].Rationale, StringComparison.Ordinal);

        var on = Conf(collecting, ClusterProfiles.Default with { EventLogDir = "hdfs:///spark-logs" });
        Assert.Equal(("true", "hdfs:///spark-logs"), (on["spark.eventLog.enabled"], on["spark.eventLog.dir"]));
    }

    [Fact]
    public void High_precision_and_log_level_follow_the_session()
    {
        Assert.Equal("false", Conf(Sales)["spark.sql.decimalOperations.allowPrecisionLoss"]);
        Assert.False(Conf(Ledger).ContainsKey("spark.sql.decimalOperations.allowPrecisionLoss"));

        Assert.Equal("INFO", Conf(Sales)["spark.log.level"]);
        Assert.False(Conf(Sales, sparkVersion: "3.4").ContainsKey("spark.log.level"));
        Assert.False(Conf(Ledger).ContainsKey("spark.log.level"));
        Assert.Equal("UTC", Conf(Ledger)["spark.sql.session.timeZone"]);
    }

    [Fact]
    public void Jdbc_sources_get_fetch_size_and_their_pushed_query_explained()
    {
        var options = Options(Ledger, DataSourceRole.Source, "GL_ENTRIES");

        Assert.Equal("10000", options["fetchsize"].Value);
        Assert.Equal("SELECT * FROM GL_ENTRIES WHERE (POSTED = 'Y' AND ENTRY_ID > $$LAST_ENTRY_ID)", options["query"].Value);
        Assert.Equal("its source filter runs in the database, as in PowerCenter", options["query"].Rationale);

        var blocks = Ledger with { Config = Ledger.Config with { Performance = Ledger.Config.Performance with { DefaultBufferBlockSize = MemorySize.Parse("256KB") } } };
        Assert.Equal("256", Options(blocks, DataSourceRole.Source, "GL_ENTRIES")["fetchsize"].Value);
    }

    [Theory]
    [InlineData(ConnectionKind.Oracle, "instead of the Oracle JDBC driver's default of 10")]
    [InlineData(ConnectionKind.PostgreSql, "instead of the PostgreSQL JDBC driver's default (0: the whole result at once, in memory)")]
    [InlineData(ConnectionKind.MySql, "instead of MySQL Connector/J's default (the whole result at once, in memory)")]
    [InlineData(ConnectionKind.SqlServer, "instead of the JDBC driver's default")]
    [InlineData(ConnectionKind.Db2, "instead of the JDBC driver's default")]
    public void The_fetch_size_rationale_names_the_default_of_the_sources_own_database(ConnectionKind kind, string expected)
    {
        var input = Ledger with { DataSources = [.. Ledger.DataSources.Select(d => d with { Kind = kind })] };

        var rationale = Options(input, DataSourceRole.Source, "GL_ENTRIES")["fetchsize"].Rationale;

        Assert.EndsWith(expected, rationale, StringComparison.Ordinal);
        if (kind != ConnectionKind.Oracle)
        {
            Assert.DoesNotContain("Oracle", rationale, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Jdbc_targets_get_batch_size_isolation_and_truncate()
    {
        var options = Options(Ledger, DataSourceRole.Target, "GL_POSTED");
        Assert.Equal("5000", options["batchsize"].Value);
        Assert.Contains("Commit Interval 5000", options["batchsize"].Rationale, StringComparison.Ordinal);
        Assert.Equal("READ_COMMITTED", options["isolationLevel"].Value);
        Assert.False(options.ContainsKey("truncate"));

        var truncating = Ledger with { Config = Ledger.Config with { Targets = [.. Ledger.Config.Targets.Select(t => t with { TruncateTarget = true })] } };
        Assert.Equal("true", Options(truncating, DataSourceRole.Target, "GL_POSTED")["truncate"].Value);
    }

    [Fact]
    public void Key_range_partitioning_becomes_a_partitioned_read_unless_a_query_is_pushed()
    {
        Assert.DoesNotContain("partitionColumn", Options(Sales, DataSourceRole.Source, "ORDERS").Keys);

        var plain = Sales with
        {
            DataSources = [.. Sales.DataSources.Select(d => d with { Options = [.. d.Options.Where(o => o.Key != "query"), .. d.InstanceName == "ORDERS" && d.Role == DataSourceRole.Source ? new[] { new SparkOption("dbtable", "SALES.ORDERS") } : []] })],
        };
        var options = Options(plain, DataSourceRole.Source, "ORDERS");
        Assert.Equal(("ORDER_ID", "2", "0", "500000"), (options["partitionColumn"].Value, options["numPartitions"].Value, options["lowerBound"].Value, options["upperBound"].Value));
    }

    [Fact]
    public void Flat_files_read_and_write_dates_in_the_session_format()
    {
        var accounts = SessionCases.WithCatalog("direct_loads.xml", "s_m_export_accounts", "finance.prm");

        Assert.Equal("MM/dd/yyyy HH:mm:ss.SSSSSS", Options(accounts, DataSourceRole.Source, "ACCOUNTS")["timestampFormat"].Value);
        Assert.Equal("MM/dd/yyyy HH:mm:ss.SSSSSS", Options(accounts, DataSourceRole.Target, "ACCOUNTS_OUT")["timestampFormat"].Value);
    }

    [CorpusFact]
    public void Every_corpus_session_gets_a_plan()
    {
        foreach (var file in RepositoryPaths.CorpusExports)
        {
            using var stream = File.OpenRead(file);
            var document = Core.Parsing.ExportReader.ReadDocument(stream, Path.GetFileName(file)).Document!;
            foreach (var (doc, folder, occurrence) in SessionOccurrences.In([document]))
            {
                var plan = Optimize(Core.Pipeline.SessionInputs.Build(doc, folder, occurrence, new Core.Parameters.ParameterInputs(), null).Input);
                Assert.Contains(plan.Conf, c => c.Key == "spark.sql.shuffle.partitions");
            }
        }
    }

    private static OptimizationPlan Optimize(SessionInput input, ClusterProfile? cluster = null, IReadOnlyList<VolumeHint>? volumes = null, string sparkVersion = "3.5") =>
        PerformanceOptimizer.Optimize(new OptimizerInput(input, cluster ?? ClusterProfiles.Default, volumes ?? [], sparkVersion));

    private static Dictionary<string, string> Conf(SessionInput input, ClusterProfile? cluster = null, IReadOnlyList<VolumeHint>? volumes = null, string sparkVersion = "3.5") =>
        Optimize(input, cluster, volumes, sparkVersion).Conf.ToDictionary(c => c.Key, c => c.Value, StringComparer.Ordinal);

    private static Dictionary<string, DataSourceSetting> Options(SessionInput input, DataSourceRole role, string instance) =>
        Optimize(input).DataSourceOptions.Where(o => o.Role == role && o.InstanceName == instance).ToDictionary(o => o.Key, StringComparer.Ordinal);
}
