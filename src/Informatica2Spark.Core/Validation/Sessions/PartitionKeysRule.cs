using Informatica2Spark.Core.Diagnostics;
using Informatica2Spark.Core.Rules;
using Informatica2Spark.Core.Sessions;

namespace Informatica2Spark.Core.Validation.Sessions;

/// <summary>
/// Partition keys must match the partitions: key-range partitioning gives each partition one range per key, and hash
/// user keys partitioning needs at least one key.
/// </summary>
internal sealed class PartitionKeysRule : IRule<SessionInput, Diagnostic>
{
    public string Name => "PartitionKeys";

    public IEnumerable<Diagnostic> Apply(SessionInput input)
    {
        foreach (var point in input.Config.Performance.Partitions)
        {
            var problem = point.Type.Value switch
            {
                PartitionType.KeyRange when point.KeyRanges.Count == 0 => "key-range partitioning names no key ranges",
                PartitionType.KeyRange when point.KeyRanges.Count % point.Count != 0 =>
                    $"{point.KeyRanges.Count} key ranges do not divide into its {point.Count} partitions",
                PartitionType.HashUserKeys when point.HashKeys.Count == 0 => "hash user keys partitioning names no hash key",
                _ => null,
            };
            if (problem is not null)
            {
                yield return DiagnosticCodes.PartitionKeysMismatch.Create(
                    $"{point.InstanceName}: {problem}; give every partition its keys, or choose pass-through partitioning",
                    SessionRuleLocations.Instance(input, point.InstanceName));
            }
        }
    }
}
