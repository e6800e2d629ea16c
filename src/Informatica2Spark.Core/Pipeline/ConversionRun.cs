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
/// as such. An input named twice (the same file reached by two paths) is converted once. A session whose mapping is
/// in another input (the same repository and folder) waits until every input is read: the input that holds the
/// mapping is read again and the session is converted with that folder's mapping and the definitions it uses
/// (sources, targets, transformations, mapplets the session's folder lacks), after the others.
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
                    run.Index(input, document);
                    Collect(folders, document, run, outputs, sessions, diagnostics);
                }

                return new ExportReadOutcome(read.IsReadable, read.Diagnostics);
            }, diagnostics);
            digests.Add(new InputDigest(input.DisplayPath, digest));
        }

        ConvertDeferred(run, outputs, sessions, diagnostics);
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

    /// <summary>
    /// Converts the sessions whose mapping their own export lacks: with the folder of the input that holds it (read
    /// again, once per input), else as they are (the mapping is reported missing).
    /// </summary>
    private static void ConvertDeferred(RunState run, OutputSet outputs, List<SessionSummary> sessions, DiagnosticBag diagnostics)
    {
        var reread = new Dictionary<string, ExportDocument?>(StringComparer.Ordinal);
        foreach (var deferred in run.Deferred)
        {
            var document = deferred.Document;
            var folder = deferred.Folder;
            var key = MappingKey(RepositoryOf(document, folder), folder.Name, deferred.Occurrence.Session.MappingName);
            if (run.Mappings.TryGetValue(key, out var holder) && holder.DisplayPath != document.Path)
            {
                if (!reread.TryGetValue(holder.DisplayPath, out var other))
                {
                    InputOpener.Read(holder, stream =>
                    {
                        var read = ExportReader.ReadDocument(stream, holder.DisplayPath);
                        other = read.Document;
                        return new ExportReadOutcome(read.IsReadable, []);
                    }, new DiagnosticBag());
                    reread[holder.DisplayPath] = other;
                }

                var from = other?.Repositories.Where(r => r.Name.Equals(RepositoryOf(document, folder), StringComparison.OrdinalIgnoreCase))
                    .SelectMany(r => r.Folders).FirstOrDefault(f => f.Name.Equals(folder.Name, StringComparison.OrdinalIgnoreCase));
                if (from is not null)
                {
                    folder = WithMappingOf(folder, from, deferred.Occurrence.Session.MappingName);
                    document = document with { Repositories = [.. document.Repositories.Select(r => r with { Folders = [.. r.Folders.Select(f => ReferenceEquals(f, deferred.Folder) ? folder : f)] })] };
                }
            }

            var (summary, files) = SessionConversion.Convert(document, folder, deferred.Occurrence, deferred.Parameters, run.Request, deferred.Directory);
            sessions.Add(summary);
            diagnostics.AddRange(summary.Diagnostics);
            foreach (var file in files)
            {
                outputs.Add(file);
            }
        }
    }

    /// <summary>The folder with the mapping of <paramref name="from"/> and every definition of <paramref name="from"/> it lacks by name.</summary>
    private static Folder WithMappingOf(Folder folder, Folder from, string mapping)
    {
        static IReadOnlyList<T> Union<T>(IReadOnlyList<T> mine, IReadOnlyList<T> theirs, Func<T, string> name) =>
            [.. mine, .. theirs.Where(t => !mine.Any(m => name(m).Equals(name(t), StringComparison.OrdinalIgnoreCase)))];

        return folder with
        {
            Mappings = Union(folder.Mappings, [.. from.Mappings.Where(m => m.Name.Equals(mapping, StringComparison.OrdinalIgnoreCase))], m => m.Name),
            Sources = Union(folder.Sources, from.Sources, s => s.Name),
            Targets = Union(folder.Targets, from.Targets, t => t.Name),
            Transformations = Union(folder.Transformations, from.Transformations, t => t.Name),
            Mapplets = Union(folder.Mapplets, from.Mapplets, m => m.Name),
            Shortcuts = Union(folder.Shortcuts, from.Shortcuts, s => s.Name),
        };
    }

    private static string MappingKey(string repository, string folder, string mapping) => $"{repository}/{folder}/{mapping}".ToUpperInvariant();

    private static string RepositoryOf(ExportDocument document, Folder folder) => document.Repositories.First(r => r.Folders.Contains(folder)).Name;

    /// <summary>The selected occurrences in object-path order, each with its output directory; an identity already converted is skipped.</summary>
    private static FolderWork Work(ExportDocument document, Folder folder, IReadOnlyList<SessionOccurrence> candidates, RunState run)
    {
        var (parameters, found) = run.Request.Parameters(document);
        var occurrences = candidates.Where(run.Selects).OrderBy(o => o.ObjectPath, StringComparer.Ordinal)
            .Where(o => run.Identities.Add((document.Path, o.ObjectPath.ToUpperInvariant())))
            .Select(o => (o, Unique(OutputNames.SessionDirectory(o.Folder, o.Workflow, o.WorkletPath, o.Name), run.Directories)))
            .ToList();
        lock (run.Deferred)
        {
            run.Deferred.AddRange(occurrences.Where(o => SessionConfigBuilder.FindMapping(document, folder, o.o.Session.MappingName).Mapping is null)
                .Select(o => new DeferredSession(document, folder, o.o, o.Item2, parameters)));
        }

        occurrences = [.. occurrences.Where(o => SessionConfigBuilder.FindMapping(document, folder, o.o.Session.MappingName).Mapping is not null)];
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

        /// <summary>Every mapping of the inputs read so far, by repository, folder and name, with the input that holds it (the first).</summary>
        public Dictionary<string, ExportInput> Mappings { get; } = new(StringComparer.Ordinal);

        /// <summary>Sessions whose mapping their own export lacks, in the order found, converted once every input is read.</summary>
        public List<DeferredSession> Deferred { get; } = [];

        public void Index(ExportInput input, ExportDocument document)
        {
            foreach (var repository in document.Repositories)
            {
                foreach (var mapping in repository.Folders.SelectMany(f => f.Mappings.Select(m => MappingKey(repository.Name, f.Name, m.Name))))
                {
                    Mappings.TryAdd(mapping, input);
                }
            }
        }

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

    private sealed record DeferredSession(ExportDocument Document, Folder Folder, SessionOccurrence Occurrence, string Directory, ParameterInputs Parameters);

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
