using Informatica2Spark.Core.Optimization;
using Informatica2Spark.Core.Rules;

namespace Informatica2Spark.Core.Conversion;

/// <summary>The PerformanceOptimizer's plan for one session, lowered to the job model.</summary>
internal static class Tuning
{
    public static JobTuning Of(SessionInput input, ConversionOptions options)
    {
        var plan = PerformanceOptimizer.Optimize(new OptimizerInput(input, options.Cluster, options.Volumes, options.Platform.SparkVersion));
        return new JobTuning(
            [.. plan.Conf.Select(c => new JobSetting(c.Key, c.Value, c.Rule, c.Rationale))],
            [.. plan.DataSourceOptions.Select(o => new TunedOption(o.InstanceName, o.Role, new JobOption(o.Key, o.Value, null, $"{o.Rule}: {o.Rationale}")))]);
    }
}
