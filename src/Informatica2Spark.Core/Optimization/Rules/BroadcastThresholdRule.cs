using System.Globalization;
using Informatica2Spark.Core.Rules;

namespace Informatica2Spark.Core.Optimization.Rules;

/// <summary>
/// Lookups cache their table in memory; Spark broadcasts tables up to a threshold instead. The threshold follows the
/// session's "Maximum Memory Allowed For Auto Memory Attributes", capped at a tenth of an executor's memory.
/// </summary>
internal sealed class BroadcastThresholdRule : IRule<OptimizerInput, ConfSetting>
{
    public string Name => "BroadcastThreshold";

    public IEnumerable<ConfSetting> Apply(OptimizerInput input)
    {
        if (input.Session.Config.Lookups.Count == 0)
        {
            yield break;
        }

        var cache = input.Session.Config.Performance.LookupCache.MaximumAutoMemory;
        var cap = ((long)input.Cluster.ExecutorMemoryMb << 20) / 10;
        if (cache.Bytes is { } bytes && bytes > 0)
        {
            var threshold = Math.Min(bytes, cap);
            yield return new ConfSetting("spark.sql.autoBroadcastJoinThreshold", threshold.ToString(CultureInfo.InvariantCulture), Name,
                $"the session's {input.Session.Config.Lookups.Count} lookup(s) may cache up to {cache.Text}; tables up to that size are broadcast{(threshold < bytes ? ", capped at a tenth of an executor's memory" : string.Empty)}");
        }
        else
        {
            yield return new ConfSetting("spark.sql.autoBroadcastJoinThreshold", "10485760", Name,
                $"the session's {input.Session.Config.Lookups.Count} lookup(s) size their caches automatically; Spark's default 10 MB broadcast threshold applies");
        }
    }
}
