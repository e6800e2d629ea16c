using System.Text;
using Informatica2Spark.Core.Diagnostics;
using Informatica2Spark.Core.Emit;
using Informatica2Spark.Core.Parameters;

namespace Informatica2Spark.Core.Reporting;

/// <summary>The report of <c>i2s params</c> as text or JSON.</summary>
public static class ParameterReports
{
    private sealed record Document(string Session, string? Workflow, string ObjectPath, IReadOnlyList<Entry> Parameters, IReadOnlyList<DiagnosticEntry> Diagnostics);

    private sealed record Entry(string Name, string? Value, string? Layer, string? Origin, bool RunTime, IReadOnlyList<string> UsedIn);

    public static string Json(SessionParameterReport report, IReadOnlyList<Diagnostic> diagnostics) => JsonOutput.Serialize(new Document(
        report.Occurrence.Name,
        report.Occurrence.Workflow,
        report.Occurrence.ObjectPath,
        report.Resolution.Parameters.Select(p => new Entry(p.Name, Passwords.Shown(p.Name, p.Value), p.Layer?.ToString().ToLowerInvariant(), p.Origin, p.IsRunTime, UsedIn(report, p.Name))).ToList(),
        diagnostics.Select(DiagnosticEntry.From).ToList()));

    public static string Text(SessionParameterReport report, IReadOnlyList<Diagnostic> diagnostics)
    {
        var text = new StringBuilder();
        text.Append($"session {report.Occurrence.ObjectPath} (mapping {report.Occurrence.Session.MappingName})\n");
        foreach (var p in report.Resolution.Parameters)
        {
            var value = p.Value is null ? "(unresolved)" : Passwords.Quoted(p.Name, p.Value);
            var layer = p.Layer is null ? string.Empty : $" [{p.Layer.Value.ToString().ToLowerInvariant()}{(p.IsRunTime ? ", run-time" : string.Empty)}] {p.Origin}";
            text.Append($"  {p.Name} = {value}{layer}\n");
            foreach (var use in UsedIn(report, p.Name))
            {
                text.Append($"      used in {use}\n");
            }
        }

        foreach (var diagnostic in diagnostics)
        {
            text.Append(diagnostic).Append('\n');
        }

        return text.ToString();
    }

    private static IReadOnlyList<string> UsedIn(SessionParameterReport report, string name) =>
        report.Usages.Where(u => u.Name.Equals(name, StringComparison.OrdinalIgnoreCase)).Select(u => u.Description).Distinct(StringComparer.Ordinal).ToList();
}
