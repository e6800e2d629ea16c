using System.Text.Json.Serialization;
using Informatica2Spark.Core.Conversion;
using Informatica2Spark.Core.Diagnostics;
using Informatica2Spark.Core.Emit;

namespace Informatica2Spark.Core.Pipeline;

/// <summary>
/// <c>i2s-manifest.json</c>: the tool, each input with its SHA-256, one entry per session (where its files are, its
/// status, diagnostic counts and how much of its mapping is translated), the run's figures
/// (<see cref="ConversionResult.FiguresOf"/>) and every file written with its SHA-256. <c>--check</c> and reviewers read it. A
/// session is identified by its input and its object path, so the same names in two exports are two entries.
/// </summary>
public static class Manifest
{
    public static OutputFile Emit(IReadOnlyList<InputDigest> inputs, IReadOnlyList<SessionSummary> sessions, OutputSet outputs, IReadOnlyList<WorkflowSummary>? workflows = null) =>
        JsonOutput.File(ConversionRun.ManifestFileName, new Document(
            new Tool(ToolInfo.Name, ToolInfo.Version),
            inputs,
            [.. sessions.Select(s => new Entry(s.Input, s.Folder, s.Workflow, s.WorkletPath, s.Session, s.ObjectPath, s.Directory, s.Status, Counts.Of(s.Diagnostics), Figures.Of(s.Figures)))],
            workflows is { Count: > 0 }
                ? [.. workflows.Select(w => new WorkflowEntry(w.Input, w.Folder, w.Workflow, w.ObjectPath, w.Directory, w.Orchestrator, w.Files,
                    new PlanCounts(w.Tasks, w.Dependencies, w.Conditions, w.Worklets, w.Notes)))]
                : null,
            Figures.Of(ConversionResult.FiguresOf(sessions)),
            [.. outputs.Entries.Select(f => new FileEntry(f.RelativePath, f.Sha256))]));

    /// <summary>
    /// Writes a manifest of one of everything and drops it: what the serializer learns of the manifest's shape at its
    /// first use (its reflection over these records, cached by <see cref="JsonOutput.Options"/>) is then learnt, so
    /// that <see cref="Emit"/> only writes. Safe to call from any thread, once or more.
    /// </summary>
    public static void Prepare()
    {
        var figures = new Figures(1, 1, 0, 0, 100, 1, 1, 100);
        JsonOutput.File(ConversionRun.ManifestFileName, new Document(
            new Tool(ToolInfo.Name, ToolInfo.Version),
            [new InputDigest("a.xml", "0")],
            [new Entry("a.xml", "F", "W", ["L"], "S", "F/W/S", "d", ConversionStatus.Partial, new Counts(0, 1, 0), figures)],
            [new WorkflowEntry("a.xml", "F", "W", "F/W", "d", "o", ["f"], new PlanCounts(1, 0, 0, 0, 0))],
            figures,
            [new FileEntry("f", "0")]));
    }

    /// <summary>The manifest; <see cref="Workflows"/> is left out when the run planned no workflow.</summary>
    private sealed record Document(
        Tool Tool, IReadOnlyList<InputDigest> Inputs, IReadOnlyList<Entry> Sessions,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<WorkflowEntry>? Workflows,
        Figures Automation, IReadOnlyList<FileEntry> Files);

    /// <summary>One workflow: its files (workflow.yaml and the orchestrator's) and the counts of its plan.</summary>
    private sealed record WorkflowEntry(
        string Input, string Folder, string Workflow, string ObjectPath, string Dir, string Orchestrator, IReadOnlyList<string> Files, PlanCounts Plan);

    private sealed record PlanCounts(int Tasks, int Dependencies, int Conditions, int Worklets, int Notes);

    /// <summary>Instances other than Source Qualifiers and mapplet boundaries by status, and target loads, each with its denominator and percentage.</summary>
    private sealed record Figures(int Instances, int Translated, int Approximated, int Unsupported, double? InstancePercent, int TargetLoads, int TargetLoadsTranslated, double? TargetLoadPercent)
    {
        public static Figures Of(Automation a) => new(a.Instances, a.Translated, a.Approximated, a.Unsupported, a.InstancePercent, a.Loads, a.LoadsTranslated, a.LoadPercent);
    }

    private sealed record Tool(string Name, string Version);

    private sealed record Entry(
        string Input, string Folder, string? Workflow, IReadOnlyList<string> Worklets, string Session, string ObjectPath, string Dir, ConversionStatus Status, Counts Diagnostics, Figures Automation);

    private sealed record Counts(int Errors, int Warnings, int Infos)
    {
        public static Counts Of(IReadOnlyList<Diagnostic> diagnostics) => new(
            diagnostics.Count(d => d.Severity == Severity.Error),
            diagnostics.Count(d => d.Severity == Severity.Warning),
            diagnostics.Count(d => d.Severity == Severity.Info));
    }

    private sealed record FileEntry(string Path, string Sha256);
}
