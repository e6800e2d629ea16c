using Xunit;

namespace Informatica2Spark.Testing;

/// <summary>
/// A fact over the shared corpus (<c>../shared/corpus</c>): skipped with a clear message when it is absent on a
/// developer machine; under CI (<c>CI=true</c>) its absence is a failure, not a skip.
/// </summary>
public sealed class CorpusFactAttribute : FactAttribute
{
    public CorpusFactAttribute()
    {
        if (!RepositoryPaths.CorpusAvailable && !TestEnvironment.IsCi)
        {
            Skip = RepositoryPaths.CorpusMissingMessage;
        }
    }
}

/// <summary>A theory over the shared corpus: skipped like <see cref="CorpusFactAttribute"/>.</summary>
public sealed class CorpusTheoryAttribute : TheoryAttribute
{
    public CorpusTheoryAttribute()
    {
        if (!RepositoryPaths.CorpusAvailable && !TestEnvironment.IsCi)
        {
            Skip = RepositoryPaths.CorpusMissingMessage;
        }
    }
}

/// <summary>
/// A fact over the shared reference files (<c>../shared/reference</c>: powrmart.dtd, microsoft-spark.md): skipped with a clear
/// message when they are absent on a developer machine; under CI their absence is a failure.
/// </summary>
public sealed class ReferenceFactAttribute : FactAttribute
{
    public ReferenceFactAttribute()
    {
        if (!RepositoryPaths.ReferenceAvailable && !TestEnvironment.IsCi)
        {
            Skip = RepositoryPaths.ReferenceMissingMessage;
        }
    }
}
