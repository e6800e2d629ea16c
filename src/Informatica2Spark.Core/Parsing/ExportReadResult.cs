using Informatica2Spark.Core.Diagnostics;
using Informatica2Spark.Core.Model;

namespace Informatica2Spark.Core.Parsing;

/// <summary>
/// What reading one export gave: the diagnostics (schema findings, and at most one fatal input diagnostic), and
/// whether the file could be read as XML at all (<see cref="IsReadable"/> false means exit code 3 territory).
/// </summary>
public sealed record ExportReadOutcome(bool IsReadable, IReadOnlyList<Diagnostic> Diagnostics);

/// <summary>A whole export read into memory, for callers that want the complete model of a small file.</summary>
public sealed record ExportReadResult(ExportDocument? Document, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool IsReadable => Document is not null;
}
