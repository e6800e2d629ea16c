using Informatica2Spark.Core.Mappings.Plan;
using Informatica2Spark.Core.Model;
using Informatica2Spark.Core.Rules;
using Informatica2Spark.Core.Sessions;

namespace Informatica2Spark.Core.Conversion;

/// <summary>
/// The order the driver loads a session's targets in, deterministic: by the mapping's target load order (Designer
/// Guide: Mappings > Setting the Target Load Order; a <c>TARGETLOADORDER</c> names the Source Qualifier that starts a
/// target load order group, and a target belongs to the groups of the qualifiers on its path: the lowest order wins;
/// targets of no group come last), then, with constraint-based load ordering (Workflow Basics Guide: Constraint-Based
/// Loading), a target whose foreign key references another target's table after that target, then in mapping order.
/// PowerCenter loads the targets of one group concurrently and orders rows within a commit; the driver loads one
/// target after the other, which gives every row the order those rules ask for.
/// </summary>
internal static class LoadOrder
{
    public static IReadOnlyList<TargetSettings> Of(SessionInput input, MappingPlan? plan)
    {
        var targets = input.Config.Targets;
        var orders = input.Mapping?.TargetLoadOrders ?? [];
        var loads = plan?.Targets ?? [];
        int Group(TargetSettings target)
        {
            var path = loads.FirstOrDefault(l => l.TargetInstance.Equals(target.InstanceName, StringComparison.OrdinalIgnoreCase))?.Path ?? [];
            return orders.Where(o => o.TargetInstance.Equals(target.InstanceName, StringComparison.OrdinalIgnoreCase) || path.Contains(o.TargetInstance, StringComparer.OrdinalIgnoreCase))
                .Select(o => o.Order).DefaultIfEmpty(int.MaxValue).Min();
        }

        int Position(TargetSettings target)
        {
            var index = loads.ToList().FindIndex(l => l.TargetInstance.Equals(target.InstanceName, StringComparison.OrdinalIgnoreCase));
            return index < 0 ? int.MaxValue : index;
        }

        var ordered = targets.Select((t, i) => (Target: t, Group: Group(t), Position: Position(t), Index: i))
            .OrderBy(t => t.Group).ThenBy(t => t.Position).ThenBy(t => t.Index).ToList();
        if (!input.Config.Execution.ConstraintBasedLoadOrdering)
        {
            return [.. ordered.Select(o => o.Target)];
        }

        // A stable topological pass: the first target whose parents (in its group) are all placed goes next.
        var table = ordered.ToDictionary(o => o.Target, o => Definitions.Of(input, o.Target.InstanceName, input.Folder.Targets)?.Name ?? o.Target.InstanceName);
        var parents = ordered.ToDictionary(o => o.Target, o => (Definitions.Of(input, o.Target.InstanceName, input.Folder.Targets)?.Fields ?? [])
            .Where(f => f.KeyType is KeyType.ForeignKey or KeyType.PrimaryForeignKey && f.ReferencedTable is not null)
            .Select(f => f.ReferencedTable!).Where(r => !r.Equals(table[o.Target], StringComparison.OrdinalIgnoreCase)).ToHashSet(StringComparer.OrdinalIgnoreCase));
        var pending = ordered.ToList();
        var result = new List<TargetSettings>();
        while (pending.Count > 0)
        {
            var next = pending.FirstOrDefault(p => !pending.Any(q => q.Group == p.Group && !ReferenceEquals(q.Target, p.Target) && parents[p.Target].Contains(table[q.Target])));
            next = next.Target is null ? pending[0] : next;
            result.Add(next.Target);
            pending.Remove(next);
        }

        return result;
    }
}
