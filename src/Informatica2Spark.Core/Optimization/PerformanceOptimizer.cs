using Informatica2Spark.Core.Optimization.Rules;
using Informatica2Spark.Core.Rules;

namespace Informatica2Spark.Core.Optimization;

/// <summary>
/// The PerformanceOptimizer: Spark conf and data source options from a session's settings, the cluster profile and
/// volume hints, one rule per file, each decision with its rationale. The two rule sets fix the order.
/// </summary>
public static class PerformanceOptimizer
{
    public static RuleSet<OptimizerInput, ConfSetting> ConfRules { get; } = new(
    [
        new ExecutorResourcesRule(),
        new DriverResourcesRule(),
        new ShufflePartitionsRule(),
        new AdaptiveExecutionRule(),
        new BroadcastThresholdRule(),
        new DecimalPrecisionRule(),
        new AnsiModeRule(),
        new SessionTimeZoneRule(),
        new EventLogRule(),
        new LogLevelRule(),
    ]);

    public static RuleSet<OptimizerInput, DataSourceSetting> DataSourceRules { get; } = new(
    [
        new PushdownQueryRule(),
        new JdbcFetchSizeRule(),
        new KeyRangePartitioningRule(),
        new JdbcBatchSizeRule(),
        new TruncateTargetRule(),
        new IsolationLevelRule(),
        new TimestampFormatRule(),
    ]);

    public static OptimizationPlan Optimize(OptimizerInput input) => new(
        [.. ConfRules.Apply(input).OrderBy(s => s.Key, StringComparer.Ordinal)],
        [.. DataSourceRules.Apply(input).Select((s, n) => (s, n)).OrderBy(p => p.s.Role).ThenBy(p => p.s.InstanceName, StringComparer.Ordinal).ThenBy(p => p.n).Select(p => p.s)]);
}
