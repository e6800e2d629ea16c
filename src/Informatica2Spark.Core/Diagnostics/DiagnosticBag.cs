namespace Informatica2Spark.Core.Diagnostics;

/// <summary>Collects diagnostics of one stage; not thread-safe.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];

    public IReadOnlyList<Diagnostic> Items => _items;

    public bool HasErrors => _items.Exists(d => d.Severity == Severity.Error);

    public void Add(Diagnostic diagnostic) => _items.Add(diagnostic);

    public void Add(DiagnosticDescriptor descriptor, string message, SourceLocation location) =>
        _items.Add(descriptor.Create(message, location));

    public void AddRange(IEnumerable<Diagnostic> diagnostics) => _items.AddRange(diagnostics);

    /// <summary>The diagnostics in the stable order every output uses.</summary>
    public IReadOnlyList<Diagnostic> Sorted()
    {
        var copy = _items.ToList();
        copy.Sort(DiagnosticComparer.Instance);
        return copy;
    }
}
