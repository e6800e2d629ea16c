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
            var digest = string.Empty;
            InputOpener.Read(input, stream =>
            {
                using var hashing = new HashingStream(stream);
                var read = ExportReader.ReadDocument(hashing, input.DisplayPath);
                digest = hashing.Finish();
                if (read.Document is { } document)
                {
                    ConvertDocument(document, request, outputs, sessions, diagnostics, directories);
                }

                return new ExportReadOutcome(read.IsReadable, read.Diagnostics);
            }, diagnostics);
            digests.Add(new InputDigest(input.DisplayPath, digest));
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
        var work = document.Repositories
            .SelectMany(r => r.Folders.SelectMany(f => SessionOccurrences.Of(r.Name, f).Where(request.Selects).OrderBy(o => o.ObjectPath, StringComparer.Ordinal).Select(o => (Folder: f, Occurrence: o))))
            .Select(w => (w.Folder, w.Occurrence, Directory: Unique(OutputNames.SessionDirectory(w.Occurrence.Folder, w.Occurrence.Workflow, w.Occurrence.WorkletPath, w.Occurrence.Name), directories)))
            .ToList();

        // Sessions are independent: converted in parallel, collected in their fixed order.
        var converted = work.AsParallel().AsOrdered()
            .Select(w => SessionConversion.Convert(document, w.Folder, w.Occurrence, parameters, request, w.Directory))
            .ToList();
        foreach (var (summary, files) in converted)
        {
            sessions.Add(summary);
            diagnostics.AddRange(summary.Diagnostics);
            foreach (var file in files)
            {
                outputs.Add(file);
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
