using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Informatica2Spark.Core.Expressions.Binding;
using Informatica2Spark.Core.Model;

namespace Informatica2Spark.Core.Mappings.Plan;

/// <summary>
/// The <see cref="MappingPlan"/>s built for sessions converted together (a folder's sessions in one run): the sessions
/// that run one mapping with the same expression settings and the same target instances share one plan, built once. A
/// plan is a pure function of the mapping's graph in its folder (<see cref="MappingGraph.Of"/>), the
/// <see cref="PlanOptions"/> and the folders the shortcuts resolve in, which is the key; the plan and everything in it
/// are immutable records, so sharing it changes no output. The plans live as long as the cache: a run makes one per
/// batch of sessions, so a batch's plans are dropped with it instead of being kept to the end of the run with the
/// mapping they came from. Thread-safe: concurrent requests for one key build the plan once.
/// </summary>
public sealed class PlanCache
{
    private readonly ConcurrentDictionary<Key, Lazy<MappingPlan>> _plans = new();

    /// <summary>
    /// The plan of <paramref name="mapping"/> of <paramref name="folder"/> with <paramref name="options"/>, as
    /// <c>PlanBuilder.Build(MappingGraph.Of(folder, mapping, folders), mapping, options)</c> gives it; built on the first
    /// request, the same object afterwards. An exception of the build is thrown again for every request of that key.
    /// </summary>
    public MappingPlan Get(Folder folder, Mapping mapping, IReadOnlyList<Folder> folders, PlanOptions options)
    {
        var key = new Key(mapping, folder, folders.Count, folders.Count == 0 ? null : folders[0], folders.Count == 0 ? null : folders[^1],
            options.Settings, options.File, string.Join('\u001f', options.Targets));
        return _plans.GetOrAdd(key, _ => new Lazy<MappingPlan>(
            () => PlanBuilder.Build(MappingGraph.Of(folder, mapping, folders), mapping, options), LazyThreadSafetyMode.ExecutionAndPublication)).Value;
    }

    /// <summary>The mapping and the folders compare by reference (the objects of one read); the folder list is append-only, so its length and ends identify it.</summary>
    private readonly record struct Key(Mapping Mapping, Folder Folder, int FolderCount, Folder? First, Folder? Last, ExpressionSettings Settings, string File, string Targets)
    {
        public bool Equals(Key other) =>
            ReferenceEquals(Mapping, other.Mapping) && ReferenceEquals(Folder, other.Folder) && FolderCount == other.FolderCount
            && ReferenceEquals(First, other.First) && ReferenceEquals(Last, other.Last)
            && Settings.Equals(other.Settings) && string.Equals(File, other.File, StringComparison.Ordinal) && string.Equals(Targets, other.Targets, StringComparison.Ordinal);

        public override int GetHashCode() =>
            HashCode.Combine(RuntimeHelpers.GetHashCode(Mapping), RuntimeHelpers.GetHashCode(Folder), FolderCount, Settings, StringComparer.Ordinal.GetHashCode(File), StringComparer.Ordinal.GetHashCode(Targets));
    }
}
