using Informatica2Spark.Core.Diagnostics;
using Informatica2Spark.Core.Emit;
using Informatica2Spark.Core.Emit.Spark;
using Informatica2Spark.Core.Inputs;
using Informatica2Spark.Core.Model;
using Informatica2Spark.Core.Parsing;
using Informatica2Spark.Core.Sessions;

namespace Informatica2Spark.Core.Conversion;

/// <summary>
/// The entry point of <c>i2s convert</c>: reads each export, converts every selected session occurrence to its files,
/// and lists them all in the manifest. One export is held at a time. A session that cannot be converted is
/// reported and the run goes on with the others.
/// </summary>
public static class ConversionRun
{
    public const string ManifestFileName = "i2s-manifest.json";

    public static ConversionResult Run(IReadOnlyList<ExportInput> inputs, ConversionRequest request)
    {
        var outputs = new OutputSet();
        var sessions = new List<SessionSummary>();
        var diagnostics = new DiagnosticBag();
        var digests = new List<InputDigest>();
        var directories = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var input in inputs)
        {
            digests.Add(new InputDigest(input.DisplayPath, InputDigests.Sha256(input)));
            InputOpener.Read(input, stream =>
            {
                var read = ExportReader.ReadDocument(stream, input.DisplayPath);
                if (read.Document is { } document)
                {
                    ConvertDocument(document, request, outputs, sessions, diagnostics, directories);
                }

                return new ExportReadOutcome(read.IsReadable, read.Diagnostics);
            }, diagnostics);
        }

        if (sessions.Count > 0)
        {
            foreach (var file in RuntimeEmitter.Emit())
            {
                outputs.Add(file);
            }
        }

        var all = diagnostics.Sorted();
        outputs.Add(Manifest.Emit(digests, sessions, outputs));
        return new ConversionResult(outputs, sessions, all);
    }

    private static void ConvertDocument(
        ExportDocument document, ConversionRequest request, OutputSet outputs, List<SessionSummary> sessions, DiagnosticBag diagnostics, HashSet<string> directories)
    {
        var (parameters, parameterDiagnostics) = request.Parameters(document);
        diagnostics.AddRange(parameterDiagnostics);
        foreach (var folder in document.Repositories.SelectMany(r => r.Folders))
        {
            var occurrences = SessionOccurrences.Of(document.Repositories.First(r => r.Folders.Contains(folder)).Name, folder).Where(request.Selects);
            foreach (var occurrence in occurrences.OrderBy(o => o.ObjectPath, StringComparer.Ordinal))
            {
                var directory = Unique(OutputNames.SessionDirectory(occurrence.Folder, occurrence.Workflow, occurrence.WorkletPath, occurrence.Name), directories);
                var summary = SessionConversion.Convert(document, folder, occurrence, parameters, request, directory, outputs);
                sessions.Add(summary);
                diagnostics.AddRange(summary.Diagnostics);
            }
        }
    }

    /// <summary>A directory no earlier session took (paths compare case-insensitively): a clash gets <c>~2</c>, <c>~3</c>, ...</summary>
    private static string Unique(string directory, HashSet<string> taken)
    {
        var candidate = directory;
        for (var n = 2; !taken.Add(candidate); n++)
        {
            candidate = $"{directory}~{n}";
        }

        return candidate;
    }
}
