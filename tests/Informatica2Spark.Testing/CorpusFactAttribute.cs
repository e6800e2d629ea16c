using Xunit;

namespace Informatica2Spark.Testing;

/// <summary>A fact over the shared corpus: skipped with a clear message when <c>../shared/corpus</c> is absent.</summary>
public sealed class CorpusFactAttribute : FactAttribute
{
    public CorpusFactAttribute()
    {
        if (!RepositoryPaths.CorpusAvailable)
        {
            Skip = RepositoryPaths.CorpusMissingMessage;
        }
    }
}

/// <summary>A theory over the shared corpus: skipped with a clear message when <c>../shared/corpus</c> is absent.</summary>
public sealed class CorpusTheoryAttribute : TheoryAttribute
{
    public CorpusTheoryAttribute()
    {
        if (!RepositoryPaths.CorpusAvailable)
        {
            Skip = RepositoryPaths.CorpusMissingMessage;
        }
    }
}
