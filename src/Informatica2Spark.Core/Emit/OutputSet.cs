namespace Informatica2Spark.Core.Emit;

/// <summary>
/// Everything one run writes, in ordinal path order; paths are unique (case-insensitively, for portability). Each file
/// is listed by path and SHA-256 (<see cref="Entries"/>, what the manifest needs); its bytes are kept
/// (<see cref="Files"/>) unless they went to an <see cref="IOutputSink"/> already.
/// </summary>
public sealed class OutputSet
{
    private readonly SortedDictionary<string, OutputEntry> _entries = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, OutputFile> _files = new(StringComparer.Ordinal);
    private readonly HashSet<string> _folded = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The files whose bytes this set holds, in ordinal path order.</summary>
    public IReadOnlyCollection<OutputFile> Files => _files.Values;

    /// <summary>Every file of the run, kept or handed on, by path and SHA-256 in ordinal path order.</summary>
    public IReadOnlyCollection<OutputEntry> Entries => _entries.Values;

    /// <summary>Adds a file and keeps its bytes.</summary>
    /// <exception cref="ArgumentException">The path is not a safe relative path.</exception>
    /// <exception cref="InvalidOperationException">Another file has the same path, compared case-insensitively.</exception>
    public void Add(OutputFile file)
    {
        Add(OutputEntry.Of(file));
        _files.Add(file.RelativePath, file);
    }

    /// <summary>Adds a file handed on already (its bytes are not kept); errors as <see cref="Add(OutputFile)"/>.</summary>
    public void Add(OutputEntry entry)
    {
        if (!IsSafeRelativePath(entry.RelativePath))
        {
            throw new ArgumentException($"'{entry.RelativePath}' is not a safe relative output path.", nameof(entry));
        }

        if (!_folded.Add(entry.RelativePath))
        {
            throw new InvalidOperationException($"Two outputs share the path '{entry.RelativePath}' (paths compare case-insensitively).");
        }

        _entries.Add(entry.RelativePath, entry);
    }

    /// <summary>Forward slashes, no rooted path, no empty, '.' or '..' segment.</summary>
    public static bool IsSafeRelativePath(string path)
    {
        if (path.Length == 0 || path.Contains('\\', StringComparison.Ordinal) || path.StartsWith('/'))
        {
            return false;
        }

        foreach (var range in path.AsSpan().Split('/'))
        {
            var segment = path.AsSpan(range);
            if (segment.Length == 0 || segment is "." or "..")
            {
                return false;
            }
        }

        return true;
    }
}

/// <summary>One file of a run as the manifest lists it: its relative path (forward slashes) and lower-case hex SHA-256.</summary>
public sealed record OutputEntry(string RelativePath, string Sha256)
{
    public static OutputEntry Of(OutputFile file) => new(file.RelativePath, file.Sha256());
}
