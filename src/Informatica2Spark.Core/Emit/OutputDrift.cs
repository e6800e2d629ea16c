namespace Informatica2Spark.Core.Emit;

/// <summary>How an output directory differs from what a run would write: the result of <c>--check</c>.</summary>
public sealed record OutputDrift(IReadOnlyList<string> Drifted, IReadOnlyList<string> Missing, IReadOnlyList<string> Extra)
{
    public bool IsClean => Drifted.Count == 0 && Missing.Count == 0 && Extra.Count == 0;

    /// <summary>
    /// Compares the expected outputs with the files found (relative path to content); paths in ordinal order.
    /// </summary>
    public static OutputDrift Compare(OutputSet expected, IReadOnlyDictionary<string, byte[]> actual)
    {
        var drifted = new List<string>();
        var missing = new List<string>();
        foreach (var file in expected.Files)
        {
            if (!actual.TryGetValue(file.RelativePath, out var content))
            {
                missing.Add(file.RelativePath);
            }
            else if (!content.AsSpan().SequenceEqual(file.Content))
            {
                drifted.Add(file.RelativePath);
            }
        }

        var expectedPaths = expected.Files.Select(f => f.RelativePath).ToHashSet(StringComparer.Ordinal);
        var extra = actual.Keys.Where(p => !expectedPaths.Contains(p)).OrderBy(p => p, StringComparer.Ordinal).ToList();
        return new OutputDrift(drifted, missing, extra);
    }
}
