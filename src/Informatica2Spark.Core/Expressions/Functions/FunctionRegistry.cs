using System.Reflection;

namespace Informatica2Spark.Core.Expressions.Functions;

/// <summary>
/// Every function of the transformation language i2s knows, by name in any letter case: each non-abstract
/// <see cref="ExpressionFunction"/> with a parameterless constructor, and every function of each
/// <see cref="IFunctionFamily"/>, in this assembly. A function PowerCenter has that is not here is reported as
/// unsupported by name.
/// </summary>
public static class FunctionRegistry
{
    private static readonly Lazy<IReadOnlyDictionary<string, ExpressionFunction>> Index = new(Discover);

    /// <summary>All functions ordered by name.</summary>
    public static IReadOnlyList<ExpressionFunction> All => [.. Index.Value.Values.OrderBy(f => f.Name, StringComparer.Ordinal)];

    public static ExpressionFunction? Find(string name) => Index.Value.GetValueOrDefault(name);

    private static IReadOnlyDictionary<string, ExpressionFunction> Discover()
    {
        var types = typeof(FunctionRegistry).Assembly.GetTypes().Where(t => !t.IsAbstract && !t.IsInterface && t.GetConstructor(Type.EmptyTypes) is not null);
        var functions = types.Where(t => t.IsSubclassOf(typeof(ExpressionFunction))).Select(t => (ExpressionFunction)Activator.CreateInstance(t)!)
            .Concat(types.Where(t => typeof(IFunctionFamily).IsAssignableFrom(t)).SelectMany(t => ((IFunctionFamily)Activator.CreateInstance(t)!).Functions));
        var index = new Dictionary<string, ExpressionFunction>(StringComparer.OrdinalIgnoreCase);
        foreach (var function in functions)
        {
            if (!index.TryAdd(function.Name, function))
            {
                throw new InvalidOperationException($"function {function.Name} is defined twice: {index[function.Name].GetType().Name} and {function.GetType().Name}");
            }
        }

        return index;
    }
}
