using Informatica2Spark.Core.Model;
using Informatica2Spark.Core.Rules;

namespace Informatica2Spark.Core.Conversion;

/// <summary>The source or target definition a session instance uses: the mapping instance names it, else the instance's own name.</summary>
internal static class Definitions
{
    public static T? Of<T>(SessionInput input, string instance, IReadOnlyList<T> definitions)
        where T : class, IModelObject
    {
        var name = input.Mapping?.Instances.FirstOrDefault(i => i.Name.Equals(instance, StringComparison.OrdinalIgnoreCase))?.TransformationName ?? instance;
        return definitions.FirstOrDefault(d => d.Name.Equals(name, StringComparison.OrdinalIgnoreCase));
    }
}
