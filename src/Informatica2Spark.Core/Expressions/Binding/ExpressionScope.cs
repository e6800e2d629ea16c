namespace Informatica2Spark.Core.Expressions.Binding;

/// <summary>
/// Every name an expression may use: the ports of its transformation, the mapping's parameters and variables, and
/// the unconnected lookups of the mapping. Names compare in any letter case, as in PowerCenter.
/// </summary>
public sealed class ExpressionScope
{
    private readonly Dictionary<string, PortSymbol> ports;
    private readonly Dictionary<string, ParameterSymbol> parameters;
    private readonly Dictionary<string, LookupSymbol> lookups;

    public ExpressionScope(IEnumerable<PortSymbol> ports, IEnumerable<ParameterSymbol>? parameters = null, IEnumerable<LookupSymbol>? lookups = null)
    {
        this.ports = Index(ports, p => p.Name);
        this.parameters = Index(parameters ?? [], p => p.Name);
        this.lookups = Index(lookups ?? [], l => l.Name);
    }

    /// <summary>A scope with no names (literal expressions, default values).</summary>
    public static ExpressionScope Empty { get; } = new([]);

    public IEnumerable<PortSymbol> Ports => ports.Values;

    public IEnumerable<ParameterSymbol> Parameters => parameters.Values;

    public PortSymbol? Port(string name) => ports.GetValueOrDefault(name);

    public ParameterSymbol? Parameter(string name) => parameters.GetValueOrDefault(name);

    public LookupSymbol? Lookup(string name) => lookups.GetValueOrDefault(name);

    private static Dictionary<string, T> Index<T>(IEnumerable<T> items, Func<T, string> name)
    {
        var index = new Dictionary<string, T>(StringComparer.OrdinalIgnoreCase);
        foreach (var item in items)
        {
            index.TryAdd(name(item), item);
        }

        return index;
    }
}
