using Informatica2Spark.Core.Conversion;
using Informatica2Spark.Core.Diagnostics;
using Informatica2Spark.Core.Emit;

namespace Informatica2Spark.Core.Pipeline;

/// <summary>One session of a run as the manifest lists it.</summary>
public sealed record SessionSummary(
    string Folder,
    string? Workflow,
    IReadOnlyList<string> WorkletPath,
    string Session,
    string ObjectPath,
    string Directory,
    ConversionStatus Status,
    IReadOnlyList<Diagnostic> Diagnostics);

/// <summary>An input of a run with the SHA-256 of its bytes.</summary>
public sealed record InputDigest(string Path, string Sha256);

/// <summary>What a conversion run produced: every file to write (the manifest included), each session, every finding.</summary>
public sealed record ConversionResult(OutputSet Outputs, IReadOnlyList<SessionSummary> Sessions, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool HasUnreadableInput => Diagnostics.Any(d => d.IsUnreadableInput());
}
