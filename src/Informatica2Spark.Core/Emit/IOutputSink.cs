namespace Informatica2Spark.Core.Emit;

/// <summary>
/// Where a conversion run hands each generated file as soon as the session that produced it is converted, so the run
/// keeps only paths and SHA-256 digests (<see cref="OutputEntry"/>) instead of every file until the manifest. Called
/// from the worker threads of the run (<c>--max-parallel</c>) in no fixed order, each path once; the order of the files
/// that the output shows (the manifest, the drift lists) comes from <see cref="OutputSet"/>, not from these calls. An
/// exception thrown here ends the run.
/// </summary>
public interface IOutputSink
{
    /// <summary>Takes one file (a safe relative path, <see cref="OutputSet.IsSafeRelativePath"/>): writes it, compares it, ...</summary>
    void Write(OutputFile file);
}
