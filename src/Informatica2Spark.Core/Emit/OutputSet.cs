namespace Informatica2Spark.Core.Emit;

/// <summary>Everything one run writes, in ordinal path order; paths are unique (case-insensitively, for portability).</summary>
public sealed class OutputSet
{
    private readonly SortedDictionary<string, OutputFile> _files = new(StringComparer.Ordinal);
    private readonly HashSet<string> _folded = new(StringComparer.OrdinalIgnoreCase);

    public IReadOnlyCollection<OutputFile> Files => _files.Values;

    public void Add(OutputFile file)
    {
        if (!IsSafeRelativePath(file.RelativePath))
        {
            throw new ArgumentException($"'{file.RelativePath}' is not a safe relative output path.", nameof(file));
        }

        if (!_folded.Add(file.RelativePath))
        {
            throw new InvalidOperationException($"Two outputs share the path '{file.RelativePath}' (paths compare case-insensitively).");
        }

        _files.Add(file.RelativePath, file);
    }

    /// <summary>Forward slashes, no rooted path, no empty, '.' or '..' segment.</summary>
    public static bool IsSafeRelativePath(string path) =>
        path.Length > 0
        && !path.Contains('\\', StringComparison.Ordinal)
        && !path.StartsWith('/')
        && path.Split('/').All(s => s.Length > 0 && s != "." && s != "..");
}
