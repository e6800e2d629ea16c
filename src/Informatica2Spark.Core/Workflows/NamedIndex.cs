namespace Informatica2Spark.Core.Workflows;

/// <summary>
/// Every implementation of <typeparamref name="T"/> in Core with a parameterless constructor, created once and indexed
/// by the names it declares (in any letter case): the registries of task readers and orchestrator targets.
/// </summary>
public static class NamedIndex
{
    /// <summary>The index; types are created in full-name order.</summary>
    /// <exception cref="InvalidOperationException">Two implementations declare one name.</exception>
    public static IReadOnlyDictionary<string, T> Of<T>(Func<T, IEnumerable<string>> names, string what)
        where T : class
    {
        var index = new Dictionary<string, T>(StringComparer.OrdinalIgnoreCase);
        foreach (var type in typeof(NamedIndex).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(T).IsAssignableFrom(t) && t.GetConstructor(Type.EmptyTypes) is not null)
            .OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            var instance = (T)Activator.CreateInstance(type)!;
            foreach (var name in names(instance))
            {
                if (!index.TryAdd(name, instance))
                {
                    throw new InvalidOperationException($"{what} '{name}' is declared twice");
                }
            }
        }

        return index;
    }
}
