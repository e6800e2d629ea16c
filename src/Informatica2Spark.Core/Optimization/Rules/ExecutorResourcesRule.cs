using System.Globalization;
using Informatica2Spark.Core.Rules;

namespace Informatica2Spark.Core.Optimization.Rules;

/// <summary>Executors, their cores and memory come from the cluster profile; a DTM buffer larger than an executor's share raises its memory.</summary>
internal sealed class ExecutorResourcesRule : IRule<OptimizerInput, ConfSetting>
{
    public string Name => "ExecutorResources";

    public IEnumerable<ConfSetting> Apply(OptimizerInput input)
    {
        var cluster = input.Cluster;
        var profile = $"cluster profile '{cluster.Name}' ({cluster.Executors} executors x {cluster.ExecutorCores} cores x {cluster.ExecutorMemoryMb} MB)";
        var dtm = input.Session.Config.Performance.DtmBufferSize;
        var dtmMb = (int)Math.Min(int.MaxValue, (dtm.Bytes ?? 0) >> 20);
        var memory = Math.Max(cluster.ExecutorMemoryMb, dtmMb * 2);
        yield return new ConfSetting("spark.executor.instances", cluster.Executors.ToString(CultureInfo.InvariantCulture), Name, profile);
        yield return new ConfSetting("spark.executor.cores", cluster.ExecutorCores.ToString(CultureInfo.InvariantCulture), Name, profile);
        yield return new ConfSetting("spark.executor.memory", $"{memory}m", Name, memory > cluster.ExecutorMemoryMb
            ? $"{profile}, raised to twice the session's DTM buffer size ({dtm.Text}) so each executor holds the data the session buffered"
            : profile);
    }
}
