namespace Informatica2Spark.Core.Diagnostics;

/// <summary>
/// The findings a command reports: one line per fact. Stages that look at the same object from several sessions
/// (a mapping run by thirteen sessions, a parameter file read for each) find the same fact again; identical findings
/// (same code, severity, message and location) are reported once, in the order of <see cref="DiagnosticComparer"/>.
/// </summary>
public static class Findings
{
    /// <summary>The distinct findings, sorted.</summary>
    public static IReadOnlyList<Diagnostic> Of(IEnumerable<Diagnostic> diagnostics) =>
        [.. diagnostics.Distinct().Order(DiagnosticComparer.Instance)];
}
