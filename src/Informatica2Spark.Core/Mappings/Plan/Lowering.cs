using System.Reflection;

namespace Informatica2Spark.Core.Mappings.Plan;

/// <summary>
/// The lowering of one transformation type into plan steps: one class per type (or family of types), found by
/// reflection and indexed by <see cref="Types"/>; a type with no lowering takes the one unsupported path.
/// </summary>
public interface ITransformationLowering
{
    /// <summary>The TRANSFORMATION TYPE values (as exports write them) this lowering handles.</summary>
    IReadOnlyList<string> Types { get; }

    /// <summary>Adds the steps of one instance and returns the value of each of its output ports.</summary>
    /// <exception cref="LoweringRefusedException">The instance cannot be translated; the message says why.</exception>
    IReadOnlyDictionary<string, PortValue> Lower(LoweringContext context);
}

/// <summary>An instance the plan cannot translate; the message is the reason, in one sentence.</summary>
public sealed class LoweringRefusedException(string message) : Exception(message);

/// <summary>Every lowering by transformation type, in any letter case.</summary>
public static class LoweringRegistry
{
    private static readonly Lazy<IReadOnlyDictionary<string, ITransformationLowering>> Index = new(() =>
    {
        var index = new Dictionary<string, ITransformationLowering>(StringComparer.OrdinalIgnoreCase);
        foreach (var type in typeof(LoweringRegistry).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(ITransformationLowering).IsAssignableFrom(t) && t.GetConstructor(Type.EmptyTypes) is not null)
            .OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            var lowering = (ITransformationLowering)Activator.CreateInstance(type)!;
            foreach (var name in lowering.Types)
            {
                if (!index.TryAdd(name, lowering))
                {
                    throw new InvalidOperationException($"transformation type '{name}' has two lowerings");
                }
            }
        }

        return index;
    });

    /// <summary>The lowering of a type, or null when the type is not translated.</summary>
    public static ITransformationLowering? Find(string type) => Index.Value.GetValueOrDefault(type);

    /// <summary>Every type with a lowering.</summary>
    public static IEnumerable<string> Types => Index.Value.Keys.Order(StringComparer.OrdinalIgnoreCase);
}
