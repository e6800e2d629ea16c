using System.Globalization;
using Informatica2Spark.Core.Connections;
using Informatica2Spark.Core.Rules;
using Informatica2Spark.Core.Sessions;

namespace Informatica2Spark.Core.Optimization.Rules;

/// <summary>
/// Key-range partitioning of a source qualifier becomes a partitioned JDBC read: the key is the partition column, the
/// partitions are read in parallel, and the outermost numeric bounds of the ranges are Spark's stride bounds. Spark
/// does not combine <c>query</c> with a partition column, so a pushed-down query is read in one partition.
/// </summary>
internal sealed class KeyRangePartitioningRule : IRule<OptimizerInput, DataSourceSetting>
{
    public string Name => "KeyRangePartitioning";

    public IEnumerable<DataSourceSetting> Apply(OptimizerInput input)
    {
        foreach (var source in input.Jdbc(DataSourceRole.Source).Where(s => s.Options.All(o => o.Key != "query")))
        {
            var qualifier = input.Session.Config.Sources.FirstOrDefault(s => s.InstanceName.Equals(source.InstanceName, StringComparison.OrdinalIgnoreCase))?.QualifierName;
            var point = input.Session.Config.Performance.Partitions.FirstOrDefault(p =>
                p.Type.Value == PartitionType.KeyRange && (p.InstanceName.Equals(qualifier, StringComparison.OrdinalIgnoreCase) || p.InstanceName.Equals(source.InstanceName, StringComparison.OrdinalIgnoreCase)));
            var key = point?.KeyRanges.Select(k => k.Name).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            if (point is null || key is not [var column])
            {
                continue;
            }

            var bounds = point.KeyRanges.SelectMany(k => new[] { k.StartRange, k.EndRange })
                .Select(b => long.TryParse(b, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var v) ? v : (long?)null).OfType<long>().ToList();
            if (bounds.Count < 2)
            {
                continue;
            }

            var why = $"key-range partitioning on {column} in {point.Count} partitions";
            yield return new DataSourceSetting(source.InstanceName, DataSourceRole.Source, "partitionColumn", column, Name, why);
            yield return new DataSourceSetting(source.InstanceName, DataSourceRole.Source, "numPartitions", point.Count.ToString(CultureInfo.InvariantCulture), Name, why);
            yield return new DataSourceSetting(source.InstanceName, DataSourceRole.Source, "lowerBound", bounds.Min().ToString(CultureInfo.InvariantCulture), Name, why + ": the lowest bound of its ranges");
            yield return new DataSourceSetting(source.InstanceName, DataSourceRole.Source, "upperBound", bounds.Max().ToString(CultureInfo.InvariantCulture), Name, why + ": the highest bound of its ranges (open ranges read the rest, as in PowerCenter)");
        }
    }
}
