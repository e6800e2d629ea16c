using System.Globalization;
using Informatica2Spark.Core.Rules;

namespace Informatica2Spark.Core.Optimization.Rules;

/// <summary>
/// Shuffle partitions: twice the cluster's cores, at least the session's largest partition count, and at least one
/// per million rows the volume hints announce for the session's sources (capped at 10000).
/// </summary>
internal sealed class ShufflePartitionsRule : IRule<OptimizerInput, ConfSetting>
{
    private const long RowsPerPartition = 1_000_000;

    public string Name => "ShufflePartitions";

    public IEnumerable<ConfSetting> Apply(OptimizerInput input)
    {
        var byCores = input.Cluster.TotalCores * 2;
        var bySession = input.Session.Config.Performance.Partitions.Select(p => p.Count).DefaultIfEmpty(1).Max();
        var sources = input.Session.Config.Sources.Select(s => s.InstanceName).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var rows = input.Volumes.Where(v => sources.Contains(v.Source)).Sum(v => v.Rows);
        var byRows = (int)Math.Min(10_000, (rows + RowsPerPartition - 1) / RowsPerPartition);
        var partitions = Math.Max(byCores, Math.Max(bySession, byRows));
        var why = partitions == byRows && byRows > byCores ? $"one partition per million of the {rows} rows the volume hints give for the session's sources"
            : partitions == bySession && bySession > byCores ? $"the session runs {bySession} partitions"
            : $"twice the cluster's {input.Cluster.TotalCores} cores";
        yield return new ConfSetting("spark.sql.shuffle.partitions", partitions.ToString(CultureInfo.InvariantCulture), Name, why + "; adaptive execution coalesces small ones");
    }
}
