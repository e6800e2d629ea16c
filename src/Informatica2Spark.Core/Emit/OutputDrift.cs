namespace Informatica2Spark.Core.Emit;

/// <summary>How an output directory differs from what a run would write: the result of <c>--check</c>.</summary>
/// <param name="Drifted">Files whose bytes differ, in ordinal path order.</param>
/// <param name="Missing">Files the run writes that the directory lacks, in ordinal path order.</param>
/// <param name="Extra">Files of the directory the run does not write, in ordinal path order.</param>
public sealed record OutputDrift(IReadOnlyList<string> Drifted, IReadOnlyList<string> Missing, IReadOnlyList<string> Extra)
{
    public bool IsClean => Drifted.Count == 0 && Missing.Count == 0 && Extra.Count == 0;

    /// <summary>The drift of the relative paths found in any order, each list put in ordinal order.</summary>
    public static OutputDrift Of(IEnumerable<string> drifted, IEnumerable<string> missing, IEnumerable<string> extra) =>
        new([.. drifted.Order(StringComparer.Ordinal)], [.. missing.Order(StringComparer.Ordinal)], [.. extra.Order(StringComparer.Ordinal)]);
}
