using Informatica2Spark.Core.Conversion;
using Informatica2Spark.Core.Diagnostics;
using Informatica2Spark.Core.Emit;
using Informatica2Spark.Core.Emit.Spark;
using Informatica2Spark.Core.Inputs;
using Informatica2Spark.Core.Model;
using Informatica2Spark.Core.Parameters;
using Informatica2Spark.Core.Parsing;
using Informatica2Spark.Core.Sessions;

namespace Informatica2Spark.Core.Pipeline;

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
            var folders = new List<FolderConversion>();
            InputOpener.Read(input, stream =>
            {
                using var hashing = new HashingStream(stream);
                var read = ExportReader.ReadDocument(hashing, input.DisplayPath, (soFar, folder) => folders.Add(Start(soFar, folder, request, directories)));
                digest = hashing.Finish();
                if (read.Document is { } document)
                {
                    Collect(folders, document, request, directories, outputs, sessions, diagnostics);
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

    /// <summary>
    /// A folder just read starts converting in the background while the reader goes on, unless it has shortcuts to
    /// folders not read yet: it then waits for the whole document.
    /// </summary>
    private static FolderConversion Start(ExportDocument soFar, Folder folder, ConversionRequest request, HashSet<string> directories)
    {
        var read = soFar.Folders.Select(f => f.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        if (folder.Shortcuts.Any(s => !read.Contains(s.FolderName)))
        {
            return new FolderConversion(folder, null);
        }

        var work = Work(soFar, folder, request, directories);
        return new FolderConversion(folder, Task.Run(() => Convert(soFar, work)));
    }

    /// <summary>Waits for each folder's conversion, converts the folders that waited for the whole document, and collects all in folder order.</summary>
    private static void Collect(
        List<FolderConversion> folders, ExportDocument document, ConversionRequest request, HashSet<string> directories,
        OutputSet outputs, List<SessionSummary> sessions, DiagnosticBag diagnostics)
    {
        foreach (var (folder, running) in folders)
        {
            var (converted, found) = running?.GetAwaiter().GetResult() ?? Convert(document, Work(document, folder, request, directories));
            diagnostics.AddRange(found);
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
    }

    /// <summary>The selected session occurrences of a folder in object-path order, each with its output directory.</summary>
    private static FolderWork Work(ExportDocument document, Folder folder, ConversionRequest request, HashSet<string> directories)
    {
        var (parameters, found) = request.Parameters(document);
        var repository = document.Repositories.First(r => r.Folders.Contains(folder)).Name;
        var occurrences = SessionOccurrences.Of(repository, folder).Where(request.Selects).OrderBy(o => o.ObjectPath, StringComparer.Ordinal)
            .Select(o => (o, Unique(OutputNames.SessionDirectory(o.Folder, o.Workflow, o.WorkletPath, o.Name), directories)))
            .ToList();
        return new FolderWork(folder, occurrences, parameters, request, found);
    }

    /// <summary>Sessions are independent: converted in parallel, returned in their fixed order.</summary>
    private static (IReadOnlyList<(SessionSummary Summary, IReadOnlyList<OutputFile> Files)> Converted, IReadOnlyList<Diagnostic> Found) Convert(ExportDocument document, FolderWork work) =>
        (work.Occurrences.AsParallel().AsOrdered()
            .Select(w => SessionConversion.Convert(document, work.Folder, w.Occurrence, work.Parameters, work.Request, w.Directory))
            .ToList(), work.Found);

    private sealed record FolderConversion(
        Folder Folder, Task<(IReadOnlyList<(SessionSummary Summary, IReadOnlyList<OutputFile> Files)> Converted, IReadOnlyList<Diagnostic> Found)>? Running);

    private sealed record FolderWork(
        Folder Folder, IReadOnlyList<(SessionOccurrence Occurrence, string Directory)> Occurrences, ParameterInputs Parameters, ConversionRequest Request,
        IReadOnlyList<Diagnostic> Found);

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
