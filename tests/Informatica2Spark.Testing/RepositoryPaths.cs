using System.Runtime.CompilerServices;

namespace Informatica2Spark.Testing;

/// <summary>Paths of the repository checkout and of the shared corpus beside it, found from this source file.</summary>
public static class RepositoryPaths
{
    /// <summary>The repository root (the folder holding Informatica2Spark.sln).</summary>
    public static string Root { get; } = FindRoot();

    public static string TestData => Path.Combine(Root, "testdata");

    /// <summary><c>../shared/corpus</c> relative to the repository root; may be absent.</summary>
    public static string Corpus => Path.GetFullPath(Path.Combine(Root, "..", "shared", "corpus"));

    public static bool CorpusAvailable => Directory.Exists(Path.Combine(Corpus, "xml"));

    /// <summary>Every export of the corpus (<c>corpus/xml</c>), full paths in ordinal order.</summary>
    public static IReadOnlyList<string> CorpusExports => [.. Directory.EnumerateFiles(Path.Combine(Corpus, "xml")).Order(StringComparer.Ordinal)];

    public const string CorpusMissingMessage =
        "../shared/corpus is absent beside the repository: corpus tests are skipped (under CI=true they fail).";

    /// <summary><c>../shared/reference</c> relative to the repository root (powrmart.dtd and the reference notes); may be absent.</summary>
    public static string Reference => Path.GetFullPath(Path.Combine(Root, "..", "shared", "reference"));

    /// <summary>The reference files tests read: the PowerCenter DTD and the Microsoft.Spark API notes.</summary>
    public static IReadOnlyList<string> ReferenceFiles { get; } = ["powrmart.dtd", "microsoft-spark.md"];

    public static bool ReferenceAvailable => ReferenceFiles.All(f => File.Exists(Path.Combine(Reference, f)));

    public const string ReferenceMissingMessage =
        "../shared/reference (powrmart.dtd, microsoft-spark.md) is absent beside the repository: tests against the reference files are skipped (under CI=true they fail).";

    private static string FindRoot([CallerFilePath] string sourceFile = "")
    {
        var directory = new DirectoryInfo(Path.GetDirectoryName(sourceFile)!);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Informatica2Spark.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Informatica2Spark.sln not found above " + sourceFile);
    }
}
