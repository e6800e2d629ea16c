using Informatica2Spark.Core.Model;
using Informatica2Spark.Core.Sessions;

namespace Informatica2Spark.Core.Conversion;

/// <summary>
/// Traces each target of a session back through the mapping's connectors. A target linked only to one Source
/// Qualifier, which reads one source, is a <see cref="DirectFlow"/>; any other transformation on the way makes the
/// target an <see cref="UntranslatedFlow"/> that lists it, so nothing the mapping does is silently dropped.
/// </summary>
public static class MappingFlows
{
    private const string SourceQualifier = "Source Qualifier";

    public static IReadOnlyList<TargetFlow> Of(SessionConfig config, Mapping? mapping)
    {
        if (mapping is null)
        {
            return config.Targets.Select(t => (TargetFlow)new UntranslatedFlow(
                t.InstanceName,
                $"mapping '{config.Identity.MappingName}' is not in the export: export it with the session to translate this load",
                [])).ToList();
        }

        var instances = mapping.Instances.GroupBy(i => i.Name, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
        var incoming = mapping.Connectors.ToLookup(c => c.ToInstance, StringComparer.OrdinalIgnoreCase);
        var order = mapping.Instances.Select((i, n) => (i.Name, n)).GroupBy(p => p.Name, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First().n, StringComparer.OrdinalIgnoreCase);
        return config.Targets.Select(t => Trace(t, mapping, instances, incoming, order)).ToList();
    }

    private static TargetFlow Trace(
        TargetSettings target, Mapping mapping, Dictionary<string, Instance> instances, ILookup<string, Connector> incoming, Dictionary<string, int> order)
    {
        var links = incoming[target.InstanceName].ToList();
        if (links.Count == 0)
        {
            return new UntranslatedFlow(target.InstanceName, "no port of the mapping is linked to this target: check the mapping", []);
        }

        var upstream = mapping.Upstream(target.InstanceName);
        var untranslated = upstream
            .Select(name => instances.GetValueOrDefault(name))
            .OfType<Instance>()
            .Where(i => i.Kind is not InstanceKind.Source && !IsQualifier(i))
            .Select(i => new UntranslatedTransformation(i.Name, i.Kind == InstanceKind.Mapplet ? "Mapplet" : i.TransformationType))
            .ToList();
        if (untranslated.Count > 0)
        {
            return new UntranslatedFlow(target.InstanceName, "its rows pass through transformations that are not translated yet", [.. untranslated.OrderBy(t => order.GetValueOrDefault(t.Instance, int.MaxValue)).ThenBy(t => t.Instance, StringComparer.Ordinal)]);
        }

        var feeders = links.Select(l => l.FromInstance).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (feeders.Count != 1 || !instances.TryGetValue(feeders[0], out var qualifier) || !IsQualifier(qualifier))
        {
            return new UntranslatedFlow(target.InstanceName, "it is fed by several pipelines or straight from a source definition, which is not translated yet", []);
        }

        var sources = incoming[qualifier.Name].Select(c => c.FromInstance).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (sources.Count != 1)
        {
            return new UntranslatedFlow(target.InstanceName, $"Source Qualifier '{qualifier.Name}' joins {sources.Count} sources, which is not translated yet", []);
        }

        var intoQualifier = incoming[qualifier.Name].GroupBy(c => c.ToField, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First().FromField, StringComparer.OrdinalIgnoreCase);
        var columns = links.Select(l => new ColumnLink(l.FromField, intoQualifier.GetValueOrDefault(l.FromField), l.ToField)).ToList();
        var fedPorts = mapping.Connectors.Where(c => c.FromInstance.Equals(qualifier.Name, StringComparison.OrdinalIgnoreCase))
            .Select(c => c.FromField).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var ports = mapping.Transformations.FirstOrDefault(t => t.Name.Equals(qualifier.TransformationName, StringComparison.OrdinalIgnoreCase))?.Ports
            .Where(p => fedPorts.Contains(p.Name)).Select(p => p.Name).ToList() ?? [.. fedPorts.Order(StringComparer.Ordinal)];
        return new DirectFlow(target.InstanceName, qualifier.Name, sources[0], columns, ports);
    }

    private static bool IsQualifier(Instance instance) =>
        instance.Kind == InstanceKind.Transformation && instance.TransformationType.Equals(SourceQualifier, StringComparison.OrdinalIgnoreCase);
}
