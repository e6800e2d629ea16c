using System.Globalization;
using Informatica2Spark.Core.Rules;
using Informatica2Spark.Core.Sessions;

namespace Informatica2Spark.Core.Optimization.Rules;

/// <summary>
/// A cached lookup holds its source in memory, in a data cache and an index cache sized per lookup (TG Lookup
/// Transformation, Lookup Properties: <c>Lookup Data Cache Size</c> and <c>Lookup Index Cache Size</c>, Auto or bytes;
/// an uncached lookup queries its source row by row). Spark keeps a joined table in memory by broadcasting it when its
/// estimated size is at most <c>spark.sql.autoBroadcastJoinThreshold</c> (bytes, default 10 MB), and the driver first
/// collects the table and builds the broadcast in its own memory. So the threshold is the largest data plus index cache
/// a cached lookup is given, so that every table PowerCenter held in memory is broadcast, capped at a tenth of the
/// driver's memory, so that a broadcast cannot exhaust the driver. Caches sized Auto give no size: Spark's default
/// applies to them (under the same cap). The session-wide <c>Maximum Memory Allowed For Auto Memory Attributes</c> is the
/// budget of all of a session's Auto caches and buffers together, not the size of any lookup, and is not used.
/// </summary>
internal sealed class BroadcastThresholdRule : IRule<OptimizerInput, ConfSetting>
{
    private const long SparkDefault = 10L << 20;

    public string Name => "BroadcastThreshold";

    public IEnumerable<ConfSetting> Apply(OptimizerInput input)
    {
        var lookups = input.Session.Config.Lookups;
        if (lookups.Count == 0)
        {
            yield break;
        }

        var cap = ((long)input.Cluster.DriverMemoryMb << 20) / 10;
        var capText = $"a tenth of the driver's {input.Cluster.DriverMemoryMb} MB, {cap} bytes, so that the driver can collect and broadcast the table";
        var cached = lookups.Where(l => l.CachingEnabled).ToList();
        var sized = cached.Select(l => (Lookup: l, Bytes: CacheBytes(l))).Where(s => s.Bytes is not null).OrderByDescending(s => s.Bytes).ThenBy(s => s.Lookup.InstanceName, StringComparer.Ordinal).ToList();
        var (wanted, why) = (cached.Count, sized.Count) switch
        {
            (0, _) => (SparkDefault, $"none of the session's {lookups.Count} lookup(s) caches its source (Lookup caching enabled is off: PowerCenter queries it row by row); Spark's default 10 MB applies"),
            (_, 0) => (SparkDefault, $"the session's {cached.Count} cached lookup(s) size their data and index caches Auto, which gives no table size; Spark's default 10 MB applies"),
            _ => (sized[0].Bytes!.Value, $"lookup '{sized[0].Lookup.InstanceName}' caches up to {sized[0].Bytes} bytes (Lookup Data Cache Size {sized[0].Lookup.DataCacheSize.Text} + Lookup Index Cache Size {sized[0].Lookup.IndexCacheSize.Text}), the largest of the session's {cached.Count} cached lookup(s){(sized.Count < cached.Count ? $"; {cached.Count - sized.Count} sized Auto give no size" : string.Empty)}: tables up to that size are broadcast as PowerCenter held them in memory"),
        };
        var threshold = Math.Min(wanted, cap);
        yield return new ConfSetting("spark.sql.autoBroadcastJoinThreshold", threshold.ToString(CultureInfo.InvariantCulture), Name,
            threshold < wanted ? $"{why}; capped at {capText}" : $"{why}; the cap is {capText}");
    }

    /// <summary>The memory a cached lookup's source takes in PowerCenter: data plus index cache, when both are sized in bytes.</summary>
    private static long? CacheBytes(LookupSettings lookup) =>
        lookup.DataCacheSize.Bytes is { } data && lookup.IndexCacheSize.Bytes is { } index && data + index > 0 ? data + index : null;
}
