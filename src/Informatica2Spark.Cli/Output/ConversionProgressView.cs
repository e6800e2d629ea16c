using Informatica2Spark.Cli.Options;
using Informatica2Spark.Core.Pipeline;
using Informatica2Spark.Core.Reporting;
using Spectre.Console;

namespace Informatica2Spark.Cli.Output;

/// <summary>
/// Shows how far <c>convert</c> is, on stderr only (stdout carries the report, which progress never enters): on a
/// terminal outside CI, a Spectre.Console progress bar over the exports (an export that could not be read is
/// written above it); when stdout or stderr is redirected or
/// <c>CI</c> is set, one plain line per folder converted (<c>i2s: [2/5] exports/a.xml SALES: 3 sessions, 1
/// failed</c>) and one per export that could not be read (an export with no session selected shows no line). Nothing
/// at <c>--verbosity quiet</c>.
/// </summary>
internal static class ConversionProgressView
{
    /// <summary>Runs <paramref name="work"/> with the progress callback to pass to the run (null when nothing is shown).</summary>
    public static T Run<T>(CliContext context, Verbosity verbosity, int exports, Func<Action<ConversionProgress>?, T> work)
    {
        if (verbosity == Verbosity.Quiet || exports == 0)
        {
            return work(null);
        }

        if (!context.IsInteractive)
        {
            var lines = new PlainLines(context.Stderr, exports);
            return work(lines.Report);
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        return console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .Start(progress =>
            {
                var task = progress.AddTask($"converting {Counted.Of(exports, "export")}", maxValue: exports);
                var counts = new Counts();
                return work(report =>
                {
                    switch (report)
                    {
                        case SessionConverted converted:
                            task.Description = Markup.Escape(counts.Session(converted.Summary.Status == Core.Conversion.ConversionStatus.Failed));
                            break;
                        case ExportConverted export:
                            if (export.Problem is { } problem)
                            {
                                console.WriteLine($"i2s: not converted: {problem}");
                            }

                            task.Increment(1);
                            break;
                    }
                });
            });
    }

    /// <summary>Sessions converted and failed so far, counted from any thread.</summary>
    private sealed class Counts
    {
        private int _sessions;
        private int _failed;

        public string Session(bool failed)
        {
            var sessions = Interlocked.Increment(ref _sessions);
            var failures = failed ? Interlocked.Increment(ref _failed) : Volatile.Read(ref _failed);
            return $"{Counted.Of(sessions, "session")} converted" + (failures > 0 ? $", {failures} failed" : string.Empty);
        }
    }

    /// <summary>The lines written when progress cannot be drawn; reports arrive from several threads, lines never interleave.</summary>
    private sealed class PlainLines(TextWriter stderr, int exports)
    {
        private readonly Lock _lock = new();
        private readonly Dictionary<string, List<string>> _folders = new(StringComparer.Ordinal);
        private int _done;

        public void Report(ConversionProgress report)
        {
            lock (_lock)
            {
                switch (report)
                {
                    case FolderConverted folder:
                        // Shown with the export's count when the export is done (its folders are reported just before it).
                        (_folders.TryGetValue(folder.Input, out var lines) ? lines : _folders[folder.Input] = [])
                            .Add($"{folder.Input} {folder.Folder}: {Counted.Of(folder.Sessions, "session")}" + (folder.Failed > 0 ? $", {folder.Failed} failed" : string.Empty));
                        break;
                    case ExportConverted export:
                        _done++;
                        var done = _folders.Remove(export.Input, out var folders) ? folders : [];
                        if (export.Problem is { } problem)
                        {
                            done = [$"not converted: {problem}"];
                        }

                        done.ForEach(line => stderr.WriteLine($"i2s: [{_done}/{exports}] {line}"));
                        break;
                }

                stderr.Flush();
            }
        }
    }
}
