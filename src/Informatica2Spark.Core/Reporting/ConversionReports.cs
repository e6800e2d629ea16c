using Informatica2Spark.Core.Conversion;
using Informatica2Spark.Core.Diagnostics;
using Informatica2Spark.Core.Emit;
using Informatica2Spark.Core.Pipeline;

namespace Informatica2Spark.Core.Reporting;

/// <summary>What <c>i2s convert</c> prints: the findings, one line per session, a summary, and with <c>--check</c> the drift.</summary>
public static class ConversionReports
{
    /// <summary>
    /// Writes the text report to <paramref name="writer"/> line by line (LF endings): every finding, one line per session,
    /// with <c>--check</c> each drifted, missing and extra file, then <see cref="Summary"/>. A large estate's report is
    /// tens of megabytes; written as it is made, it is never held whole.
    /// </summary>
    /// <param name="kept">The run read nothing and left <paramref name="outputDirectory"/> as it was (<see cref="ConversionResult.ReadNothing"/>).</param>
    public static void Write(TextWriter writer, ConversionResult result, string outputDirectory, OutputDrift? drift, bool kept = false)
    {
        foreach (var diagnostic in result.Diagnostics)
        {
            writer.Write($"{diagnostic}\n");
        }

        // The same object path from two exports is told apart by its input.
        var repeated = result.Sessions.GroupBy(s => s.ObjectPath, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var session in result.Sessions)
        {
            var from = repeated.Contains(session.ObjectPath) ? $" (from {session.Input})" : string.Empty;
            writer.Write($"{session.Status.ToString().ToLowerInvariant(),-9} {session.ObjectPath}{from} -> {session.Directory}\n");
        }

        if (drift is not null)
        {
            foreach (var (label, paths) in new[] { ("drifted", drift.Drifted), ("missing", drift.Missing), ("extra", drift.Extra) })
            {
                foreach (var path in paths)
                {
                    writer.Write($"{label}: {outputDirectory}/{path}\n");
                }
            }
        }

        writer.Write($"{Summary(result, outputDirectory, drift, kept)}\n");
    }

    /// <param name="kept">As for <see cref="Write"/>.</param>
    public static string Json(ConversionResult result, string outputDirectory, OutputDrift? drift, bool kept = false) =>
        JsonOutput.Serialize(new
        {
            tool = new { name = ToolInfo.Name, version = ToolInfo.Version },
            output = outputDirectory,
            sessions = result.Sessions.Select(s => new
            {
                s.Input,
                s.Folder,
                s.Workflow,
                worklets = s.WorkletPath,
                s.Session,
                s.ObjectPath,
                dir = s.Directory,
                s.Status,
            }),
            check = drift is null ? null : new { clean = drift.IsClean, drifted = drift.Drifted, missing = drift.Missing, extra = drift.Extra },
            diagnostics = result.Diagnostics.Select(DiagnosticEntry.From),
            summary = Summary(result, outputDirectory, drift, kept),
        });

    /// <summary>The run's last line: sessions by status, findings by severity, the automation figures, and what became of the output.</summary>
    /// <param name="kept">As for <see cref="Write"/>.</param>
    public static string Summary(ConversionResult result, string outputDirectory, OutputDrift? drift, bool kept = false)
    {
        int Count(ConversionStatus status) => result.Sessions.Count(s => s.Status == status);
        int Severe(Severity severity) => result.Diagnostics.Count(d => d.Severity == severity);
        var sessions = $"{Counted.Of(result.Sessions.Count, "session")}: {Count(ConversionStatus.Converted)} converted, {Count(ConversionStatus.Partial)} partial, {Count(ConversionStatus.Failed)} failed; "
            + $"{Counted.Findings(Severe(Severity.Error), Severe(Severity.Warning), Severe(Severity.Info))}; {result.Figures.Text}";
        return drift switch
        {
            null when kept => $"{sessions}; no input could be read, nothing was written: {outputDirectory} is unchanged",
            null => $"{sessions}; wrote {Files(result.Outputs.Entries.Count)} to {outputDirectory}",
            { IsClean: true } => $"{sessions}; {outputDirectory} is up to date ({Files(result.Outputs.Entries.Count)})",
            _ => $"{sessions}; {outputDirectory} differs: {drift.Drifted.Count} drifted, {drift.Missing.Count} missing, {drift.Extra.Count} extra",
        };
    }

    /// <summary>"1 file" / "N files": the count of written output files with its noun agreeing in number.</summary>
    /// <param name="count">Number of output files.</param>
    /// <returns>The count followed by "file" or "files".</returns>
    public static string Files(int count) => Counted.Of(count, "file");
}
