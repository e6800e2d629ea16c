using System.Runtime.ExceptionServices;
using Informatica2Spark.Core.Conversion;
using Informatica2Spark.Core.Diagnostics;
using Informatica2Spark.Core.Emit;
using Informatica2Spark.Core.Emit.Orchestration;
using Informatica2Spark.Core.Emit.Spark;
using Informatica2Spark.Core.Inputs;
using Informatica2Spark.Core.Mappings.Plan;
using Informatica2Spark.Core.Model;
using Informatica2Spark.Core.Parameters;
using Informatica2Spark.Core.Parsing;
using Informatica2Spark.Core.Sessions;

namespace Informatica2Spark.Core.Pipeline;

/// <summary>
/// The entry point of <c>i2s convert</c>: reads each export, converts every selected session occurrence to its files,
/// and lists them all in the manifest. Exports are read one after the other on the calling thread; sessions convert
/// on at most <see cref="ConversionRequest.MaxParallel"/> workers (<see cref="WorkerPool"/>) while the reader goes on,
/// and are collected in a fixed order afterwards, so the output is the same for every degree of parallelism. At most
/// two exports are held at a time. A session that cannot be converted is
/// reported and the run goes on with the others. A mapping that no session of its export runs is converted with the
/// session the Workflow Manager would create for it (<see cref="SessionOccurrences.OfUnrunMappings(ExportDocument, string, Folder)"/>), and reported
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
        request = request with { Options = request.Options.Orchestrated(request.Orchestrator) };
        var outputs = new OutputSet();
        var sessions = new List<SessionSummary>();
        var diagnostics = new DiagnosticBag();
        var run = new RunState(request);
        var converted = new List<InputConversion>();

        // The serializer's description of the manifest is built by reflection at its first use: here, beside the
        // reading, instead of after the workers, where the manifest is the last serial step.
        var manifestPrepared = Task.Run(Manifest.Prepare);
        DeferredResults deferred;
        using (var pool = new WorkerPool(request.MaxParallel))
        {
            foreach (var input in inputs.DistinctBy(i => i.DisplayPath, StringComparer.Ordinal))
            {
                // At most two exports are held: the one read now and the one before it, still converting.
                if (converted.Count >= 2)
                {
                    converted[^2].Pending.Wait();
                }

                converted.Add(Read(input, pool, run, diagnostics));
            }

            deferred = PostDeferred(run, pool);
            pool.Complete();
        }

        // A session whose conversion threw (its files could not be handed to the sink): the first in the fixed order
        // ends the run, whichever worker failed first.
        converted.SelectMany(c => c.Folders).SelectMany(f => f.Errors).Concat(deferred.Errors).FirstOrDefault(e => e is not null)?.Throw();

        foreach (var input in converted.Where(c => c.IsReadable))
        {
            foreach (var folder in input.Folders)
            {
                diagnostics.AddRange(folder.Found);
                foreach (var (summary, files) in folder.Results)
                {
                    sessions.Add(summary);
                    diagnostics.AddRange(summary.Diagnostics);
                    foreach (var file in files)
                    {
                        file.AddTo(outputs);
                    }
                }
            }
        }

        foreach (var (summary, files) in deferred.Results)
        {
            sessions.Add(summary);
            diagnostics.AddRange(summary.Diagnostics);
            foreach (var file in files)
            {
                file.AddTo(outputs);
            }
        }

        var notConverted = sessions.Where(s => s.Status == ConversionStatus.Failed).Select(s => s.ObjectPath.ToUpperInvariant()).ToHashSet(StringComparer.Ordinal);
        var target = OrchestratorTargets.Find(request.Orchestrator)
            ?? throw new ArgumentException($"no orchestrator target '{request.Orchestrator}'; known: {string.Join(", ", OrchestratorTargets.Names)}", nameof(request));
        var (workflowFiles, workflows, workflowDiagnostics) = WorkflowOutputs.Emit(
            [.. converted.Where(c => c.IsReadable).SelectMany(c => c.Workflows)], notConverted, target, request.Templates, request.MaxParallel);
        diagnostics.AddRange(workflowDiagnostics);
        foreach (var file in workflowFiles)
        {
            Add(outputs, file, request.Output);
        }

        if (sessions.Count > 0)
        {
            foreach (var file in RuntimeEmitter.Emit())
            {
                Add(outputs, file, request.Output);
            }
        }

        // The findings are sorted while the manifest is written: both are serial, after the workers, and independent.
        var all = Task.Run(() => Findings.Of(diagnostics.Items));
        manifestPrepared.GetAwaiter().GetResult();
        Add(outputs, Manifest.Emit([.. converted.Select(c => c.Digest)], sessions, outputs, workflows), request.Output);
        return new ConversionResult(outputs, sessions, all.GetAwaiter().GetResult())
        {
            FailedExports = run.Failures,
            Workflows = workflows,
            UnmatchedSessions = [.. request.Sessions.Where(s => !run.Matched.Contains(s)).Select(s => s.Text)],
            UnmatchedWorkflows = [.. request.Workflows.Where(w => !run.Matched.Contains(w)).Select(w => w.Text)],
        };
    }

    /// <summary>
    /// Reads one export on the calling thread and posts the conversion of its sessions to the pool: a folder just read
    /// at once, unless it has shortcuts to folders not read yet (it then waits for the whole document), then the
    /// mappings no session runs (which only the whole document tells). The results come back in this fixed order.
    /// </summary>
    private static InputConversion Read(ExportInput input, WorkerPool pool, RunState run, DiagnosticBag diagnostics)
    {
        var conversion = new InputConversion(input.DisplayPath, run.Request.Progress);
        var digest = string.Empty;
        var found = new DiagnosticBag();
        var deferredBefore = run.Deferred.Count;
        try
        {
            ReadInto(input, pool, run, conversion, found, d => digest = d);
        }
        catch (Exception error) when (error is not OutOfMemoryException)
        {
            // A bug while reading one export: reported with its location, the other exports are converted.
            conversion.IsReadable = false;
            run.Failures.Add(new ExportFailure(input.DisplayPath, error));
            found.Add(DiagnosticCodes.ExportNotConverted,
                $"internal error while reading the export: {error.GetType().Name}: {error.Message} (a bug in i2s: rerun with --verbosity diagnostic for the stack trace and report it); the other exports were converted",
                new SourceLocation(input.DisplayPath));
        }

        diagnostics.AddRange(found.Items);
        conversion.Problem = conversion.IsReadable ? null : found.Items.FirstOrDefault(d => d.Severity == Severity.Error);
        conversion.Digest = new InputDigest(input.DisplayPath, digest);

        // Sessions of this export converted after every input is read are reported with it.
        for (var i = deferredBefore; i < run.Deferred.Count; i++)
        {
            run.Deferred[i] = run.Deferred[i] with { Conversion = conversion };
            conversion.Reported.Add();
        }

        conversion.Pending.Done();
        return conversion;
    }

    private static void ReadInto(ExportInput input, WorkerPool pool, RunState run, InputConversion conversion, DiagnosticBag diagnostics, Action<string> setDigest)
    {
        InputOpener.Read(input, stream =>
        {
            using var hashing = new HashingStream(stream);
            var read = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            var folders = new List<(Folder Folder, RepositoryInfo Repository, FolderResult? Result)>();
            var outcome = ExportReader.ReadDocument(hashing, input.DisplayPath, (soFar, folder) =>
            {
                read.Add(folder.Name);
                var repository = soFar.Repositories[^1];
                folders.Add((folder, repository, folder.Shortcuts.All(s => read.Contains(s.FolderName))
                    ? Post(pool, conversion, soFar, Work(soFar, repository, folder, SessionOccurrences.Of(repository.Name, folder), run))
                    : null));
            });
            setDigest(hashing.Finish());
            if (outcome.Document is { } document)
            {
                run.Index(input, document);
                conversion.Folders.AddRange(folders.Select(f => f.Result
                    ?? Post(pool, conversion, document, Work(document, f.Repository, f.Folder, SessionOccurrences.Of(f.Repository.Name, f.Folder), run))).ToList());
                var runMappings = SessionOccurrences.RunMappings(document);
                conversion.Folders.AddRange(folders.Select(f =>
                    Post(pool, conversion, document, Work(document, f.Repository, f.Folder, SessionOccurrences.OfUnrunMappings(f.Repository.Name, f.Folder, runMappings), run))).ToList());
                foreach (var (folder, repository, _) in folders)
                {
                    if (run.SelectedWorkflows.TryGetValue((document.Path, repository.Name, folder.Name), out var selected))
                    {
                        conversion.Workflows.AddRange(WorkflowOutputs.Plan(document.Path, folder, run.Request.Workflows.Count == 0 ? null : selected,
                            path => run.JobDirectories.GetValueOrDefault((document.Path, path.ToUpperInvariant()))));
                    }
                }
                conversion.IsReadable = true;
            }

            return new ExportReadOutcome(outcome.IsReadable, outcome.Diagnostics);
        }, diagnostics);
    }

    /// <summary>
    /// Posts the sessions whose mapping their own export lacks, once every input is read: each with the folder of the
    /// input that holds its mapping (read again on the calling thread, once per input), else as it is (the mapping is
    /// reported missing). Their results come back in the order the sessions were found, after every other session.
    /// </summary>
    private static DeferredResults PostDeferred(RunState run, WorkerPool pool)
    {
        var results = new DeferredResults(run.Deferred.Count);
        var plans = new PlanCache();
        var reread = new Dictionary<string, ExportDocument?>(StringComparer.Ordinal);

        // The sessions of one folder (by reference) that run one mapping of another input (by mapping key) get one merged
        // folder and document, so they share the mapping's plan (its key holds the folder and the document's folders).
        var merged = new Dictionary<Folder, Dictionary<string, (Folder Folder, ExportDocument Document)>>(ReferenceEqualityComparer.Instance);
        foreach (var (index, deferred) in run.Deferred.Index())
        {
            var document = deferred.Document;
            var folder = deferred.Folder;
            var key = MappingKey(deferred.Repository, folder.Name, deferred.Occurrence.Session.MappingName);
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

                var from = other?.Repositories.Where(r => r.Name.Equals(deferred.Repository, StringComparison.OrdinalIgnoreCase))
                    .SelectMany(r => r.Folders).FirstOrDefault(f => f.Name.Equals(folder.Name, StringComparison.OrdinalIgnoreCase));
                if (from is not null)
                {
                    if (!merged.TryGetValue(deferred.Folder, out var byMapping))
                    {
                        merged[deferred.Folder] = byMapping = new(StringComparer.Ordinal);
                    }

                    if (!byMapping.TryGetValue(key, out var with))
                    {
                        var withMapping = WithMappingOf(folder, from, deferred.Occurrence.Session.MappingName);
                        byMapping[key] = with = (withMapping, document with
                        {
                            Repositories = [.. document.Repositories.Select(r => r with { Folders = [.. r.Folders.Select(f => ReferenceEquals(f, deferred.Folder) ? withMapping : f)] })],
                        });
                    }

                    (folder, document) = with;
                }
            }

            pool.Post(() =>
            {
                SessionSummary? converted = null;
                try
                {
                    var (summary, files) = SessionConversion.Convert(document, folder, deferred.Occurrence, deferred.Parameters, run.Request, deferred.Directory, plans);
                    results.Results[index] = (summary, [.. files.Select(f => Produced.Of(f, run.Request.Output))]);
                    converted = summary;
                    run.Request.Progress?.Invoke(new SessionConverted(summary.Input, summary));
                }
                catch (Exception error) when (error is not OutOfMemoryException)
                {
                    results.Errors[index] = ExceptionDispatchInfo.Capture(error);
                }
                finally
                {
                    deferred.Conversion?.Converted(index, folder.Name, converted);
                }
            });
        }

        return results;
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

    /// <summary>
    /// The selected occurrences in object-path order, each with its output directory; an identity already converted
    /// is skipped. Parameter inputs are asked for the folder alone, so a run reads each parameter file name once.
    /// </summary>
    private static FolderWork Work(ExportDocument document, RepositoryInfo repository, Folder folder, IReadOnlyList<SessionOccurrence> candidates, RunState run)
    {
        var (parameters, found) = run.Request.Parameters(document with { Repositories = [repository with { Folders = [folder] }] });
        var occurrences = candidates.Where(run.Selects).OrderBy(o => o.ObjectPath, StringComparer.Ordinal)
            .Where(o => run.Identities.Add((document.Path, o.ObjectPath.ToUpperInvariant())))
            .Select(o => (o, Unique(OutputNames.SessionDirectory(o.Folder, o.Workflow, o.WorkletPath, o.Name), run.Directories)))
            .ToList();
        if (occurrences.Count > 0)
        {
            var selected = run.SelectedWorkflows.TryGetValue((document.Path, repository.Name, folder.Name), out var known)
                ? known
                : run.SelectedWorkflows[(document.Path, repository.Name, folder.Name)] = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            selected.UnionWith(occurrences.Select(o => o.o.Workflow).OfType<string>());
            foreach (var (occurrence, directory) in occurrences)
            {
                run.JobDirectories[(document.Path, occurrence.ObjectPath.ToUpperInvariant())] = directory;
            }
        }

        // A session whose mapping this export lacks waits for every input to be read.
        var byMapping = occurrences.ToLookup(o => SessionConfigBuilder.FindMapping(document, folder, o.o.Session.MappingName).Mapping is not null);
        run.Deferred.AddRange(byMapping[false].Select(o => new DeferredSession(document, repository.Name, folder, o.o, o.Item2, parameters)));
        return new FolderWork(folder, [.. byMapping[true]], parameters, run.Request, found, new PlanCache());
    }

    /// <summary>Sessions are independent: each is posted on its own and put in its slot, so the order is fixed whatever ran first.</summary>
    private static FolderResult Post(WorkerPool pool, InputConversion conversion, ExportDocument document, FolderWork work)
    {
        var result = new FolderResult(work.Folder.Name, work.Occurrences.Count, work.Found);
        foreach (var (index, (occurrence, directory)) in work.Occurrences.Index())
        {
            conversion.Pending.Add();
            pool.Post(() =>
            {
                try
                {
                    var (summary, files) = SessionConversion.Convert(document, work.Folder, occurrence, work.Parameters, work.Request, directory, work.Plans);
                    result.Results[index] = (summary, [.. files.Select(f => Produced.Of(f, work.Request.Output))]);
                    work.Request.Progress?.Invoke(new SessionConverted(conversion.Input, summary));
                }
                catch (Exception error) when (error is not OutOfMemoryException)
                {
                    result.Errors[index] = ExceptionDispatchInfo.Capture(error);
                }
                finally
                {
                    conversion.Pending.Done();
                }
            });
        }

        return result;
    }

    /// <summary>
    /// What the run keeps across folders and exports, touched only by the reader's thread: the output directories
    /// taken, the identities (input and object path) converted, and the selectors that selected something.
    /// </summary>
    private sealed class RunState(ConversionRequest request)
    {
        public ConversionRequest Request { get; } = request;

        public HashSet<string> Directories { get; } = new(StringComparer.OrdinalIgnoreCase);

        public HashSet<(string Input, string ObjectPath)> Identities { get; } = [];

        /// <summary>The directory given to each selected session occurrence, by input and object path (upper case).</summary>
        public Dictionary<(string Input, string ObjectPath), string> JobDirectories { get; } = [];

        /// <summary>The folders with a selected session (by input, repository and folder) and the workflows those sessions run in.</summary>
        public Dictionary<(string Input, string Repository, string Folder), HashSet<string>> SelectedWorkflows { get; } = [];

        public HashSet<object> Matched { get; } = new(ReferenceEqualityComparer.Instance);

        /// <summary>Every mapping of the inputs read so far, by repository, folder and name, with the input that holds it (the first).</summary>
        public Dictionary<string, ExportInput> Mappings { get; } = new(StringComparer.Ordinal);

        /// <summary>The exports whose reading threw, in input order.</summary>
        public List<ExportFailure> Failures { get; } = [];

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

    /// <summary>
    /// One export's conversion: its digest, its folders' results in collection order, and the sessions still
    /// converting; when the last is done, its folders and itself are reported to <c>progress</c>.
    /// </summary>
    private sealed class InputConversion
    {
        public InputConversion(string input, Action<ConversionProgress>? progress)
        {
            Input = input;
            Reported = new Countdown(progress is null ? null : () => Report(progress));
            Pending = new Countdown(Reported.Done);
        }

        public string Input { get; }

        public InputDigest Digest { get; set; } = new(string.Empty, string.Empty);

        /// <summary>False when the export could not be read: what was converted of it is dropped.</summary>
        public bool IsReadable { get; set; }

        /// <summary>What kept the export from being read, when it was not.</summary>
        public Diagnostic? Problem { get; set; }

        public List<FolderResult> Folders { get; } = [];

        /// <summary>The plans of the workflows of its folders with selected sessions, in folder and workflow order.</summary>
        public List<PlannedWorkflow> Workflows { get; } = [];

        /// <summary>The sessions posted to the pool and the reader; the reader waits for them before it holds a third export.</summary>
        public Countdown Pending { get; }

        /// <summary>
        /// <see cref="Pending"/>, then the sessions of this export converted after every input is read; at zero the
        /// export is reported (never waited for: those sessions convert only after every export is read).
        /// </summary>
        public Countdown Reported { get; }

        /// <summary>The sessions of this export converted after every input was read, by their place in the run's list of them.</summary>
        private SortedList<int, (string Folder, SessionSummary? Summary)> Deferred { get; } = [];

        /// <summary>
        /// A session of this export converted after every input was read (on a worker), <paramref name="order"/> being
        /// its place among them; <paramref name="summary"/> is null when its conversion threw.
        /// </summary>
        public void Converted(int order, string folder, SessionSummary? summary)
        {
            lock (Deferred)
            {
                Deferred.Add(order, (folder, summary));
            }

            Reported.Done();
        }

        private void Report(Action<ConversionProgress> progress)
        {
            // A slot left empty is a session whose conversion threw: it counts as failed (the run then ends with its error).
            var summaries = IsReadable ? Folders.SelectMany(f => f.Results.Select(r => (f.Folder, Summary: (SessionSummary?)r.Summary))).Concat(Deferred.Values).ToList() : [];
            static bool Failed((string Folder, SessionSummary? Summary) s) => s.Summary is not { Status: not ConversionStatus.Failed };
            foreach (var folder in summaries.GroupBy(s => s.Folder, StringComparer.OrdinalIgnoreCase))
            {
                progress(new FolderConverted(Input, folder.Key, folder.Count(), folder.Count(Failed)));
            }

            progress(new ExportConverted(Input, summaries.Count, summaries.Count(Failed), Problem));
        }
    }

    /// <summary>Adds a file to the run's outputs and hands it to the sink when there is one (its bytes are then not kept).</summary>
    private static void Add(OutputSet outputs, OutputFile file, IOutputSink? sink) => Produced.Of(file, sink).AddTo(outputs);

    /// <summary>
    /// One slot per session, filled by the worker that converts it: its summary and files, or, when its conversion
    /// threw, the error (the result then stays empty).
    /// </summary>
    private class SessionSlots(int count)
    {
        public (SessionSummary Summary, IReadOnlyList<Produced> Files)[] Results { get; } = new (SessionSummary, IReadOnlyList<Produced>)[count];

        public ExceptionDispatchInfo?[] Errors { get; } = new ExceptionDispatchInfo?[count];
    }

    /// <summary>The slots of a folder's work, in the order of its occurrences.</summary>
    private sealed class FolderResult(string folder, int count, IReadOnlyList<Diagnostic> found) : SessionSlots(count)
    {
        public string Folder { get; } = folder;

        public IReadOnlyList<Diagnostic> Found { get; } = found;
    }

    /// <summary>The slots of the sessions converted after every input was read, in the order they were found.</summary>
    private sealed class DeferredResults(int count) : SessionSlots(count);

    /// <summary>
    /// A file a worker produced: handed to the sink at once and kept by path and SHA-256 only (hashed on the worker),
    /// or, without a sink, kept whole.
    /// </summary>
    private sealed record Produced(OutputEntry Entry, OutputFile? File)
    {
        public static Produced Of(OutputFile file, IOutputSink? sink)
        {
            if (sink is null)
            {
                return new Produced(OutputEntry.Of(file), file);
            }

            sink.Write(file);
            return new Produced(OutputEntry.Of(file), null);
        }

        public void AddTo(OutputSet outputs)
        {
            if (File is null)
            {
                outputs.Add(Entry);
            }
            else
            {
                outputs.Add(File);
            }
        }
    }

    /// <summary>
    /// Work outstanding, plus one for the reader until it has posted everything; set when it reaches zero, and then
    /// <paramref name="onZero"/> is called on the thread that finished last.
    /// </summary>
    private sealed class Countdown(Action? onZero = null)
    {
        private readonly ManualResetEventSlim _done = new();
        private int _count = 1;

        public void Add() => Interlocked.Increment(ref _count);

        public void Done()
        {
            if (Interlocked.Decrement(ref _count) == 0)
            {
                try
                {
                    onZero?.Invoke();
                }
                finally
                {
                    _done.Set();
                }
            }
        }

        public void Wait() => _done.Wait();
    }

    private sealed record DeferredSession(ExportDocument Document, string Repository, Folder Folder, SessionOccurrence Occurrence, string Directory, ParameterInputs Parameters)
    {
        /// <summary>The conversion of the export it comes from, which reports it.</summary>
        public InputConversion? Conversion { get; init; }
    }

    /// <param name="Plans">The mapping plans these sessions share; dropped with the work once its sessions are converted.</param>
    private sealed record FolderWork(
        Folder Folder, IReadOnlyList<(SessionOccurrence Occurrence, string Directory)> Occurrences, ParameterInputs Parameters, ConversionRequest Request,
        IReadOnlyList<Diagnostic> Found, PlanCache Plans);

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
