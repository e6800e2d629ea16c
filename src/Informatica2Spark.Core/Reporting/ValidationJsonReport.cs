using Informatica2Spark.Core.Diagnostics;
using Informatica2Spark.Core.Emit;
using Informatica2Spark.Core.Validation;

namespace Informatica2Spark.Core.Reporting;

/// <summary>The validation report as JSON: files, diagnostics and a summary.</summary>
public static class ValidationJsonReport
{
    private sealed record Document(ToolEntry Tool, IReadOnlyList<string> Files, IReadOnlyList<DiagnosticEntry> Diagnostics, SummaryEntry Summary);

    private sealed record ToolEntry(string Name, string Version);

    private sealed record SummaryEntry(int Files, int Errors, int Warnings, int Infos);

    public static string Render(ValidationReport report) => JsonOutput.Serialize(new Document(
        new ToolEntry(ToolInfo.Name, ToolInfo.Version),
        report.Files,
        report.Diagnostics.Select(DiagnosticEntry.From).ToList(),
        new SummaryEntry(report.Files.Count, report.Count(Severity.Error), report.Count(Severity.Warning), report.Count(Severity.Info))));
}

/// <summary>A diagnostic as every JSON output writes it.</summary>
public sealed record DiagnosticEntry(string Code, string Severity, string Message, string? File, int? Line, int? Column, string? ObjectPath)
{
    public static DiagnosticEntry From(Diagnostic d) => new(
        d.Code,
        Diagnostic.SeverityText(d.Severity),
        d.Message,
        d.Location.File,
        d.Location.Line > 0 ? d.Location.Line : null,
        d.Location.Column > 0 ? d.Location.Column : null,
        d.Location.ObjectPath);
}
