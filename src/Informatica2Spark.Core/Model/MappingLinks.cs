namespace Informatica2Spark.Core.Model;

/// <summary>How a mapping's instances feed each other through its connectors.</summary>
public static class MappingLinks
{
    /// <summary>Every instance that feeds <paramref name="instance"/>, directly or through others (names compare case-insensitively).</summary>
    public static HashSet<string> Upstream(this Mapping mapping, string instance)
    {
        var incoming = mapping.Connectors.ToLookup(c => c.ToInstance, StringComparer.OrdinalIgnoreCase);
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var pending = new Stack<string>([instance]);
        while (pending.Count > 0)
        {
            foreach (var connector in incoming[pending.Pop()])
            {
                if (seen.Add(connector.FromInstance))
                {
                    pending.Push(connector.FromInstance);
                }
            }
        }

        return seen;
    }
}
