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
/// reported and the run goes on with the others. A mapping that no session of its export runs is converted with the
/// session the Workflow Manager would create for it (<see cref="SessionOccurrences.OfUnrunMappings"/>), and reported
/// as such. An input named twice (the same file reached by two paths) is converted once.
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
        var run = new RunState(request);
        foreach (var input in inputs.DistinctBy(i => i.DisplayPath, StringComparer.Ordinal))
        {
            var digest = string.Empty;
            var folders = new List<FolderConversion>();
            InputOpener.Read(input, stream =>
            {
                using var hashing = new HashingStream(stream);
                var read = ExportReader.ReadDocument(hashing, input.DisplayPath, (soFar, folder) => folders.Add(Start(soFar, folder, run)));
                digest = hashing.Finish();
                if (read.Document is { } document)
                {
                    Collect(folders, document, run, outputs, sessions, diagnostics);
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

        var all = Findings.Of(diagnostics.Items);
        outputs.Add(Manifest.Emit(digests, sessions, outputs));
        return new ConversionResult(outputs, sessions, all)
        {
            UnmatchedSessions = [.. request.Sessions.Where(s => !run.Matched.Contains(s)).Select(s => s.Text)],
            UnmatchedWorkflows = [.. request.Workflows.Where(w => !run.Matched.Contains(w)).Select(w => w.Text)],
        };
    }

    /// <summary>
    /// A folder just read starts converting in the background while the reader goes on, unless it has shortcuts to
    /// folders not read yet: it then waits for the whole document.
    /// </summary>
    private static FolderConversion Start(ExportDocument soFar, Folder folder, RunState run)
    {
        var read = soFar.Folders.Select(f => f.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        if (folder.Shortcuts.Any(s => !read.Contains(s.FolderName)))
        {
            return new FolderConversion(folder, null);
        }

        var work = Work(soFar, folder, SessionOccurrences.Of(RepositoryOf(soFar, folder), folder), run);
        return new FolderConversion(folder, Task.Run(() => Convert(soFar, work)));
    }

    /// <summary>
    /// Waits for each folder's conversion, converts the folders that waited for the whole document, then the mappings
    /// no session runs (which only the whole document tells), and collects all in folder order.
    /// </summary>
    private static void Collect(
        List<FolderConversion> folders, ExportDocument document, RunState run, OutputSet outputs, List<SessionSummary> sessions, DiagnosticBag diagnostics)
    {
        var converted = folders.Select(f => f.Running?.GetAwaiter().GetResult()
                ?? Convert(document, Work(document, f.Folder, SessionOccurrences.Of(RepositoryOf(document, f.Folder), f.Folder), run)))
            .ToList();
        converted.AddRange(folders.Select(f => Convert(document, Work(document, f.Folder, SessionOccurrences.OfUnrunMappings(document, RepositoryOf(document, f.Folder), f.Folder), run))));
        foreach (var (done, found) in converted)
        {
            diagnostics.AddRange(found);
            foreach (var (summary, files) in done)
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

    private static string RepositoryOf(ExportDocument document, Folder folder) => document.Repositories.First(r => r.Folders.Contains(folder)).Name;

    /// <summary>The selected occurrences in object-path order, each with its output directory; an identity already converted is skipped.</summary>
    private static FolderWork Work(ExportDocument document, Folder folder, IReadOnlyList<SessionOccurrence> candidates, RunState run)
    {
        var (parameters, found) = run.Request.Parameters(document);
        var occurrences = candidates.Where(run.Selects).OrderBy(o => o.ObjectPath, StringComparer.Ordinal)
            .Where(o => run.Identities.Add((document.Path, o.ObjectPath.ToUpperInvariant())))
            .Select(o => (o, Unique(OutputNames.SessionDirectory(o.Folder, o.Workflow, o.WorkletPath, o.Name), run.Directories)))
            .ToList();
        return new FolderWork(folder, occurrences, parameters, run.Request, found);
    }

    /// <summary>Sessions are independent: converted in parallel, returned in their fixed order.</summary>
    private static (IReadOnlyList<(SessionSummary Summary, IReadOnlyList<OutputFile> Files)> Converted, IReadOnlyList<Diagnostic> Found) Convert(ExportDocument document, FolderWork work) =>
        (work.Occurrences.AsParallel().AsOrdered()
            .Select(w => SessionConversion.Convert(document, work.Folder, w.Occurrence, work.Parameters, work.Request, w.Directory))
            .ToList(), work.Found);

    /// <summary>
    /// What the run keeps across folders and exports, touched only by the reader's thread: the output directories
    /// taken, the identities (input and object path) converted, and the selectors that selected something.
    /// </summary>
    private sealed class RunState(ConversionRequest request)
    {
        public ConversionRequest Request { get; } = request;

        public HashSet<string> Directories { get; } = new(StringComparer.OrdinalIgnoreCase);

        public HashSet<(string Input, string ObjectPath)> Identities { get; } = [];

        public HashSet<object> Matched { get; } = new(ReferenceEqualityComparer.Instance);

        public bool Selects(SessionOccurrence occurrence)
        {
            if (!Request.Selects(occurrence))
            {
                return false;
            }

            Matched.UnionWith(Request.Sessions.Where(s => s.Selects(occurrence)));
            Matched.UnionWith(Request.Workflows.Where(w => w.Selects(occurrence)));
            return true;
        }
    }

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
