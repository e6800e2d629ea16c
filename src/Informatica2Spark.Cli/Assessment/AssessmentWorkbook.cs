using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using Informatica2Spark.Core.Assessment;
using MiniExcelLibs;
using MiniExcelLibs.OpenXml;

namespace Informatica2Spark.Cli.Assessment;

/// <summary>
/// <c>assessment.xlsx</c>: the inventory of an <see cref="Core.Assessment.Assessment"/> as one sheet per list (<see cref="Sheets"/>),
/// one row per item of the list in the same order, written by MiniExcel with a header row, an autofilter over it, the
/// header row frozen and columns sized to their text. Lists of names are joined with <c>"; "</c>, and a text longer
/// than a cell holds (32,767 characters) is cut with an ellipsis. The package is repacked with every entry dated
/// 1980-01-01, so the same assessment gives the same bytes.
/// </summary>
internal static partial class AssessmentWorkbook
{
    public const string FileName = "assessment.xlsx";

    /// <summary>The sheet names, in workbook order.</summary>
    public static IReadOnlyList<string> Sheets { get; } = ["folders", "workflows", "sessions", "mappings", "transformations", "expressions", "gaps", "parameters", "connections"];

    private const int CellLimit = 32767;

    public static byte[] Write(Core.Assessment.Assessment a)
    {
        var sheets = new Dictionary<string, object>
        {
            ["folders"] = a.Folders.Select(f => new FolderRow(f.Input, f.Name, f.Workflows, f.Sessions, f.Mappings, f.Automation.Instances, f.Automation.Translated, f.Automation.Approximated, f.Automation.Unsupported, f.Automation.InstancePercent)).ToList(),
            ["workflows"] = a.Workflows.Select(w => new WorkflowRow(w.Input, w.Folder, w.Name, w.Sessions, w.Automation.Instances, w.Automation.InstancePercent, w.Automation.TargetLoads, w.Automation.TargetLoadsTranslated)).ToList(),
            ["sessions"] = a.Sessions.Select(s => new SessionRow(s.Input, s.Folder, s.Workflow, s.Name, s.ObjectPath, s.Mapping, AssessmentBuilder.Name(s.Status), s.RunsNoSession, s.Errors, s.Warnings, s.Infos, s.Automation.InstancePercent, s.Automation.TargetLoads, s.Automation.TargetLoadsTranslated)).ToList(),
            ["mappings"] = a.Mappings.Select(m => new MappingRow(
                m.Input, m.Folder, m.Name, Cell(string.Join("; ", m.Sessions)), m.RunByASession, m.Automation.Instances, m.Automation.Translated, m.Automation.Approximated, m.Automation.Unsupported,
                m.Automation.InstancePercent, m.Complexity.Score, AssessmentBuilder.Name(m.Complexity.Bucket), m.Effort, m.Gaps.Count, Cell(string.Join("; ", m.Gaps)))).ToList(),
            ["transformations"] = a.Transformations.Select(t => new TransformationRow(t.Input, t.Folder, t.Mapping, t.Instance, t.Type, AssessmentBuilder.Name(t.Verdict), t.Counted, t.Expressions, Cell(string.Join("; ", t.Notes)))).ToList(),
            ["expressions"] = a.Expressions.Select(e => new ExpressionRow(e.Input, e.Folder, e.Mapping, e.Instance, e.Where, Cell(e.Text), e.Sql is null ? null : Cell(e.Sql), e.Verdict)).ToList(),
            ["gaps"] = a.Gaps.Select(g => new GapRow(g.Input, g.Folder, g.Mapping, AssessmentBuilder.Name(g.Kind), g.Object, g.Code, Cell(g.Reason))).ToList(),
            ["parameters"] = a.Parameters.Select(p => new ParameterRow(p.Input, p.Folder, p.Session, p.Name, p.Value is null ? null : Cell(p.Value), p.Layer is { } layer ? AssessmentBuilder.Name(layer) : null, p.Origin, p.RunTime)).ToList(),
            ["connections"] = a.Connections.Select(c => new ConnectionRow(c.Input, c.Folder, c.Session, c.Instance, c.Role, c.Connection, c.Format, c.Refusal)).ToList(),
        };
        var configuration = new OpenXmlConfiguration { AutoFilter = true, FreezeRowCount = 1, EnableAutoWidth = true, FastMode = true, MaxWidth = 80 };
        using var written = new MemoryStream();
        MiniExcel.SaveAs(written, sheets, printHeader: true, excelType: ExcelType.XLSX, configuration: configuration);
        return Repacked(written.ToArray());
    }

    /// <summary>
    /// The same package with every entry dated 1980-01-01 (the earliest a zip entry holds), in the same order, and the
    /// relationship ids MiniExcel makes from new GUIDs (<c>R</c> and 32 hex digits) renamed <c>rId1</c>, <c>rId2</c>...
    /// in order of appearance over the entries, the same name wherever an id is referenced.
    /// </summary>
    private static byte[] Repacked(byte[] package)
    {
        var fixedTime = new DateTimeOffset(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        using var source = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
        using var output = new MemoryStream();
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries)
            {
                var copy = target.CreateEntry(entry.FullName, CompressionLevel.Optimal);
                copy.LastWriteTime = fixedTime;
                if (!entry.FullName.EndsWith(".xml", StringComparison.Ordinal) && !entry.FullName.EndsWith(".rels", StringComparison.Ordinal))
                {
                    using var bytes = entry.Open();
                    using var copied = copy.Open();
                    bytes.CopyTo(copied);
                    continue;
                }

                using var from = new StreamReader(entry.Open(), Encoding.UTF8, detectEncodingFromByteOrderMarks: false);
                var text = RelationshipId().Replace(from.ReadToEnd(), m =>
                {
                    if (!ids.TryGetValue(m.Value, out var id))
                    {
                        id = "rId" + (ids.Count + 1).ToString(CultureInfo.InvariantCulture);
                        ids[m.Value] = id;
                    }

                    return id;
                });
                using var to = new StreamWriter(copy.Open(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
                to.Write(text);
            }
        }

        return output.ToArray();
    }

    [GeneratedRegex(@"\bR[0-9a-f]{32}\b")]
    private static partial Regex RelationshipId();

    private static string Cell(string text) => text.Length <= CellLimit ? text : text[..(CellLimit - 1)] + "…";

    private sealed record FolderRow(string Input, string Folder, int Workflows, int Sessions, int Mappings, int Instances, int Translated, int Approximated, int Unsupported, double? InstancePercent);

    private sealed record WorkflowRow(string Input, string Folder, string Workflow, int Sessions, int Instances, double? InstancePercent, int TargetLoads, int TargetLoadsTranslated);

    private sealed record SessionRow(string Input, string Folder, string? Workflow, string Session, string ObjectPath, string? Mapping, string Status, bool RunsNoSession, int Errors, int Warnings, int Infos, double? InstancePercent, int TargetLoads, int TargetLoadsTranslated);

    private sealed record MappingRow(string Input, string Folder, string Mapping, string Sessions, bool RunByASession, int Instances, int Translated, int Approximated, int Unsupported, double? InstancePercent, int Complexity, string Bucket, double? Effort, int Gaps, string GapReasons);

    private sealed record TransformationRow(string Input, string Folder, string Mapping, string Instance, string Type, string Verdict, bool Counted, int Expressions, string Notes);

    private sealed record ExpressionRow(string Input, string Folder, string Mapping, string Instance, string Where, string Text, string? Sql, string Verdict);

    private sealed record GapRow(string Input, string Folder, string? Mapping, string Kind, string Object, string? Code, string Reason);

    private sealed record ParameterRow(string Input, string Folder, string Session, string Name, string? Value, string? Layer, string? Origin, bool RunTime);

    private sealed record ConnectionRow(string Input, string Folder, string Session, string Instance, string Role, string? Connection, string? Format, string? Refusal);
}
