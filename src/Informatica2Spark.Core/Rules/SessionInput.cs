using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Informatica2Spark.Core.Connections;
using Informatica2Spark.Core.Model;
using Informatica2Spark.Core.Parameters;
using Informatica2Spark.Core.Sessions;

namespace Informatica2Spark.Core.Rules;

/// <summary>
/// One session occurrence as the validator and the optimizer see it: its typed settings, its mapping and the folder
/// that defines it (the session's own, or the one a mapping shortcut points to; the mapping is null when the export
/// does not contain it), its resolved parameters, and its sources, targets and lookups resolved to Spark data sources.
/// </summary>
/// <param name="File">The export's display path, for diagnostic locations.</param>
/// <param name="ParameterFiles">The parameter files that applied to this session, in precedence order.</param>
public sealed record SessionInput(
    string File,
    Folder Folder,
    SessionConfig Config,
    Mapping? Mapping,
    IReadOnlyList<ResolvedParameter> Parameters,
    IReadOnlyList<ParameterFile> ParameterFiles,
    IReadOnlyList<ResolvedDataSource> DataSources)
{
    /// <summary>Every folder of the inputs, where the mapping's shortcuts and reusable objects are resolved.</summary>
    public IReadOnlyList<Folder> Folders { get; init; } = [Folder];

    /// <summary>
    /// What the session does to a target's rows (<see cref="TargetRowOperations"/>), with the Update Strategy that
    /// flags them: one the target's rows pass through (rows that pass through none keep the insert flag).
    /// </summary>
    public TargetRowOperations RowOperations(TargetSettings target)
    {
        var strategy = Mapping is { } mapping
            ? Strategies.GetValue(mapping, _ => new(StringComparer.OrdinalIgnoreCase)).GetOrAdd(target.InstanceName, instance => UpdateStrategy(mapping, instance))
            : null;
        return TargetRowOperations.Of(Config.Execution.TreatSourceRowsAs, strategy, target);
    }

    /// <summary>The first Update Strategy instance (in the mapping's instance order) that feeds <paramref name="instance"/>, or null.</summary>
    private static string? UpdateStrategy(Mapping mapping, string instance)
    {
        var upstream = mapping.Upstream(instance);
        return mapping.Instances.FirstOrDefault(i => i.TransformationType.Equals("Update Strategy", StringComparison.OrdinalIgnoreCase) && upstream.Contains(i.Name))?.Name;
    }

    /// <summary>
    /// <see cref="UpdateStrategy"/> of each mapping object by target instance (any letter case, as the connectors are
    /// followed): a fact of the mapping alone, found once for every session and rule that asks. Thread-safe; an entry
    /// lives as long as its mapping.
    /// </summary>
    private static readonly ConditionalWeakTable<Mapping, ConcurrentDictionary<string, string?>> Strategies = new();
}
