using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using System.Runtime.InteropServices;
using Informatica2Spark.Core.Emit;

namespace Informatica2Spark.Cli.Output;

/// <summary>
/// Replaces an output directory as a whole: the new tree is staged in a hidden sibling directory, file by file as the
/// run hands them on (<see cref="IOutputSink"/>, from any worker thread, queued for one writer thread), and
/// <see cref="Commit"/> exchanges it with the old one in one atomic rename (Linux <c>renameat2(RENAME_EXCHANGE)</c>;
/// elsewhere two renames), so an interrupted or failed run leaves the previous output intact (disposing without
/// committing deletes the staging directory). A directory that holds files i2s did not write (no manifest) is never
/// replaced. Each run holds a lock on its staging directory (<see cref="StagingLock"/>): runs writing the same directory
/// at once never remove each other's staging, each commits a whole tree and the last to commit wins, and only the
/// staging of a run that died is removed as stale. SIGINT, SIGTERM and SIGHUP delete the staging directory before the
/// process ends as the signal asks (<see cref="Abort"/>).
/// </summary>
internal sealed partial class AtomicDirectoryWriter : IOutputSink, IDisposable
{
    private const string StagingMarker = ".i2s-staging-";
    private const int QueuedFiles = 256;
    private const string PreviousSuffix = ".previous";
    private readonly string _outputDirectory;
    private readonly string _target;
    private readonly string _staging;
    private readonly OutputOwnership _ownership;
    private readonly HashSet<string> _directories = new(StringComparer.Ordinal);
    private readonly BlockingCollection<OutputFile> _queue = new(QueuedFiles);
    private readonly Thread _writer = null!;
    private readonly FileStream? _lock;
    private readonly IReadOnlyList<PosixSignalRegistration> _signals;
    private readonly Lock _staged = new();
    private volatile ExceptionDispatchInfo? _failure;
    private bool _aborted;
    private bool _disposed;

    /// <summary>
    /// Registers the signal handlers first, so that a signal at any later point finds what to delete, then locks and
    /// creates the staging directory and starts the writer thread.
    /// </summary>
    private AtomicDirectoryWriter(string outputDirectory, OutputOwnership ownership, string target, string staging)
    {
        _outputDirectory = outputDirectory;
        _ownership = ownership;
        _target = target;
        _staging = staging;
        _signals = InterruptSignals.Register(Abort);
        try
        {
            lock (_staged)
            {
                if (_aborted)
                {
                    throw Interrupted(outputDirectory);
                }

                _lock = StagingLock.Acquire(staging);
                RemoveStaleStaging(Path.GetDirectoryName(target)!, Path.GetFileName(target));
                Directory.CreateDirectory(staging);
            }
        }
        catch
        {
            Release();
            throw;
        }

        _writer = new Thread(Drain) { IsBackground = true, Name = "i2s output writer" };
        _writer.Start();
    }

    /// <summary>
    /// Starts staging the new content of <paramref name="outputDirectory"/>: locks and creates a new staging directory
    /// beside it, and removes the staging directories of earlier runs that died (those no live run holds locked).
    /// </summary>
    /// <param name="outputDirectory">The directory to replace, as the user gave it (messages name it so).</param>
    /// <param name="ownership">What shows i2s wrote the directory and which files it wrote there: a directory holding any other is never replaced.</param>
    /// <exception cref="OutputRefusedException">The directory is a root directory, or holds files i2s did not write: refused before any work.</exception>
    /// <exception cref="IOException">The staging directory cannot be created.</exception>
    public static AtomicDirectoryWriter Open(string outputDirectory, OutputOwnership ownership)
    {
        var target = LinkedDirectory(Path.GetFullPath(outputDirectory));
        var parent = Path.GetDirectoryName(target) ?? throw new OutputRefusedException($"{outputDirectory}: cannot write output to a root directory");
        RefuseForeign(outputDirectory, target, ownership);
        Directory.CreateDirectory(parent);
        var staging = Path.Combine(parent, "." + Path.GetFileName(target) + StagingMarker + Guid.NewGuid().ToString("N"));
        return new AtomicDirectoryWriter(outputDirectory, ownership, target, staging);
    }

    /// <summary>Writes <paramref name="outputs"/> as the whole content of <paramref name="outputDirectory"/> (see <see cref="Commit"/>).</summary>
    public static void Write(string outputDirectory, OutputSet outputs, OutputOwnership ownership)
    {
        using var writer = Open(outputDirectory, ownership);
        foreach (var file in outputs.Files)
        {
            writer.Write(file);
        }

        writer.Commit();
    }

    /// <summary>Queues the file for the writer thread (at most <see cref="QueuedFiles"/> wait); a write that failed before is thrown here.</summary>
    public void Write(OutputFile file)
    {
        _failure?.Throw();
        _queue.Add(file);
    }

    /// <summary>The writer thread: one thread writes every file, so the workers never contend for a directory.</summary>
    private void Drain()
    {
        foreach (var file in _queue.GetConsumingEnumerable())
        {
            if (_failure is not null)
            {
                continue;
            }

            lock (_staged)
            {
                if (_aborted)
                {
                    continue;
                }

                try
                {
                    var path = Path.Combine(_staging, file.RelativePath);
                    var directory = Path.GetDirectoryName(path)!;
                    if (_directories.Add(directory))
                    {
                        Directory.CreateDirectory(directory);
                    }

                    WriteNew(path, file.Content);
                }
                catch (Exception error)
                {
                    _failure = ExceptionDispatchInfo.Capture(Staged(error, file.RelativePath));
                }
            }
        }
    }

    /// <summary>
    /// A write that failed, told with paths relative to the output directory: the staging directory is a name of the
    /// moment on this machine, so its path never reaches a message (and the message is the same on every run).
    /// </summary>
    private Exception Staged(Exception error, string relativePath)
    {
        if (error is not (IOException or UnauthorizedAccessException))
        {
            return error;
        }

        var message = error.Message.Replace(_staging + Path.DirectorySeparatorChar, string.Empty, StringComparison.Ordinal).Replace(_staging, ".", StringComparison.Ordinal);
        return new IOException(message == error.Message ? $"{relativePath}: {message}" : message, error);
    }

    /// <summary>
    /// Creates <paramref name="path"/> (new in the staging directory, which no other process writes) and writes
    /// <paramref name="content"/> in one positional write: no advisory lock, truncation or seek, which
    /// <see cref="File.WriteAllBytes(string, byte[])"/> spends on every file and which add up over tens of thousands of
    /// small files.
    /// </summary>
    private static void WriteNew(string path, ReadOnlySpan<byte> content)
    {
        using var handle = File.OpenHandle(path, FileMode.CreateNew, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete);
        RandomAccess.Write(handle, content, fileOffset: 0);
    }

    /// <summary>Waits until every queued file is written; throws the first write that failed.</summary>
    private void Flush()
    {
        _queue.CompleteAdding();
        _writer.Join();
        _failure?.Throw();
    }

    /// <summary>Puts the staged tree in place of the output directory.</summary>
    /// <exception cref="OutputRefusedException">The directory lost its marker while the run staged, and is not empty.</exception>
    /// <exception cref="OperationCanceledException">The run was interrupted by a signal (<see cref="Abort"/>): nothing is committed.</exception>
    public void Commit()
    {
        Flush();
        if (Directory.Exists(_target) && !File.Exists(Path.Combine(_target, _ownership.Marker)) && Directory.EnumerateFileSystemEntries(_target).Any())
        {
            throw Refused(_outputDirectory, _ownership.Marker, []);
        }

        lock (_staged)
        {
            if (_aborted)
            {
                throw Interrupted(_outputDirectory);
            }

            Swap(_staging, _target);
        }
    }

    /// <summary>
    /// Abandons the run from any thread (the signal handlers call it): waits for the file being written, deletes the
    /// staging directory and releases its lock; later writes are dropped and <see cref="Commit"/> commits nothing. A
    /// commit under way finishes first, so the output directory is always either the previous tree or the new one.
    /// </summary>
    public void Abort()
    {
        lock (_staged)
        {
            _aborted = true;
            DeleteStaging();
        }
    }

    /// <summary>Deletes the staging directory (what was not committed, or the previous output after an exchange) and releases its lock.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _queue.CompleteAdding();
        _writer.Join();
        _queue.Dispose();
        Release();
    }

    private void DeleteStaging()
    {
        if (Directory.Exists(_staging))
        {
            Directory.Delete(_staging, recursive: true);
        }

        _lock?.Dispose();
    }

    /// <summary>Removes the signal handlers, then the staging directory if made and its lock if taken (after a failed constructor too).</summary>
    private void Release()
    {
        foreach (var signal in _signals)
        {
            signal.Dispose();
        }

        lock (_staged)
        {
            DeleteStaging();
        }
    }

    /// <summary>Refuses a directory that holds files i2s did not write (<see cref="OutputOwnership.Foreign"/>): replacing it would lose them.</summary>
    private static void RefuseForeign(string outputDirectory, string target, OutputOwnership ownership)
    {
        if (Directory.Exists(target) && ownership.Foreign(target) is { Count: > 0 } foreign)
        {
            throw Refused(outputDirectory, ownership.Marker, foreign);
        }
    }

    /// <summary>The one-line refusal: what is missing or which files i2s did not write (the first in ordinal order, and how many more).</summary>
    private static OutputRefusedException Refused(string outputDirectory, string marker, IReadOnlyList<string> foreign)
    {
        var which = foreign.Count switch
        {
            0 => $"no {marker}",
            1 => foreign[0],
            _ => $"{foreign[0]} and {foreign.Count - 1} more",
        };
        return new($"{outputDirectory}: refusing to replace a directory that holds files i2s did not write ({which}); move them out or choose an empty or new --out directory");
    }

    private static OperationCanceledException Interrupted(string outputDirectory) =>
        new($"{outputDirectory}: the run was interrupted; the previous output is unchanged");

    private static void Swap(string staging, string target)
    {
        if (!Directory.Exists(target))
        {
            Directory.Move(staging, target);
            return;
        }

        if (OperatingSystem.IsLinux() && TryExchange(staging, target))
        {
            return; // staging now holds the previous output and is deleted by the caller
        }

        var previous = staging + PreviousSuffix;
        Directory.Move(target, previous);
        Directory.Move(staging, target);
        Directory.Delete(previous, recursive: true);
    }

    /// <summary>
    /// Removes what runs that died left beside the output: staging directories (with the <c>.previous</c> directory of a
    /// two-rename swap) and lock files that no live run holds. A live run's staging is left alone.
    /// </summary>
    private static void RemoveStaleStaging(string parent, string name)
    {
        var stagings = Directory.EnumerateFileSystemEntries(parent, "." + name + StagingMarker + "*")
            .Select(StagingOf)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
        foreach (var staging in stagings)
        {
            using var stale = StagingLock.TryTakeOver(staging);
            if (stale is null)
            {
                continue;
            }

            foreach (var directory in new[] { staging, staging + PreviousSuffix })
            {
                try
                {
                    Directory.Delete(directory, recursive: true);
                }
                catch (DirectoryNotFoundException)
                {
                    // already gone, or never created
                }
            }
        }
    }

    /// <summary>
    /// The directory a symbolic link names, followed to its end, or <paramref name="path"/> itself: an output directory
    /// reached through a link is replaced where it lives and the link stays.
    /// </summary>
    private static string LinkedDirectory(string path) =>
        Directory.Exists(path) && new DirectoryInfo(path).ResolveLinkTarget(returnFinalTarget: true) is { } linked
            ? Path.GetFullPath(linked.FullName)
            : path;

    /// <summary>The staging directory an entry beside the output belongs to: itself, or the one its lock or <c>.previous</c> suffix names.</summary>
    private static string StagingOf(string entry) =>
        entry.EndsWith(StagingLock.Suffix, StringComparison.Ordinal) ? entry[..^StagingLock.Suffix.Length]
        : entry.EndsWith(PreviousSuffix, StringComparison.Ordinal) ? entry[..^PreviousSuffix.Length]
        : entry;

    private static bool TryExchange(string first, string second)
    {
        try
        {
            return RenameAt2(AtFdCwd, first, AtFdCwd, second, RenameExchange) == 0;
        }
        catch (EntryPointNotFoundException)
        {
            return false;
        }
        catch (DllNotFoundException)
        {
            return false;
        }
    }

    private const int AtFdCwd = -100;
    private const uint RenameExchange = 2;

    [LibraryImport("libc", EntryPoint = "renameat2", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int RenameAt2(int oldDirFd, string oldPath, int newDirFd, string newPath, uint flags);
}

/// <summary>The output directory cannot be written as asked; the message is one line for the user.</summary>
internal sealed class OutputRefusedException(string message) : Exception(message);
