using Informatica2Spark.Core.Connections;
using Informatica2Spark.Core.Rules;

namespace Informatica2Spark.Core.Optimization;

/// <summary>What the optimizer decides from: the session, the cluster, the rows expected per source, the Spark version.</summary>
public sealed record OptimizerInput(SessionInput Session, ClusterProfile Cluster, IReadOnlyList<VolumeHint> Volumes, string SparkVersion)
{
    /// <summary>The session's JDBC sources or targets, with their resolved options.</summary>
    public IEnumerable<ResolvedDataSource> Jdbc(DataSourceRole role) =>
        Session.DataSources.Where(d => d.Role == role && d.Options.Any(o => o.Key == "format" && o.Value == "jdbc"));

    /// <summary>The session's CSV file sources or targets.</summary>
    public IEnumerable<ResolvedDataSource> Csv(DataSourceRole role) =>
        Session.DataSources.Where(d => d.Role == role && d.Options.Any(o => o.Key == "format" && o.Value == "csv"));
}

/// <summary>A Spark conf entry, the rule that chose it and why (shown in the report and beside the setting).</summary>
public sealed record ConfSetting(string Key, string Value, string Rule, string Rationale);

/// <summary>A data source option for one source or target, the rule that chose it and why.</summary>
public sealed record DataSourceSetting(string InstanceName, DataSourceRole Role, string Key, string Value, string Rule, string Rationale);

/// <summary>The optimizer's decisions for one session: conf ordered by key, options by role, instance and rule order.</summary>
public sealed record OptimizationPlan(IReadOnlyList<ConfSetting> Conf, IReadOnlyList<DataSourceSetting> DataSourceOptions);
