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
/// replaced.
/// </summary>
internal sealed partial class AtomicDirectoryWriter : IOutputSink, IDisposable
{
    private const string StagingMarker = ".i2s-staging-";
    private const int QueuedFiles = 256;
    private readonly string _outputDirectory;
    private readonly string _target;
    private readonly string _staging;
    private readonly HashSet<string> _directories = new(StringComparer.Ordinal);
    private readonly BlockingCollection<OutputFile> _queue = new(QueuedFiles);
    private readonly Thread _writer;
    private volatile ExceptionDispatchInfo? _failure;

    private AtomicDirectoryWriter(string outputDirectory, string target, string staging)
    {
        _outputDirectory = outputDirectory;
        _target = target;
        _staging = staging;
        _writer = new Thread(Drain) { IsBackground = true, Name = "i2s output writer" };
        _writer.Start();
    }

    /// <summary>Starts staging the new content of <paramref name="outputDirectory"/> (stale staging directories of earlier runs are removed).</summary>
    /// <exception cref="OutputRefusedException">The directory is a root directory.</exception>
    /// <exception cref="IOException">The staging directory cannot be created.</exception>
    public static AtomicDirectoryWriter Open(string outputDirectory)
    {
        var target = Path.GetFullPath(outputDirectory);
        var parent = Path.GetDirectoryName(target) ?? throw new OutputRefusedException($"{outputDirectory}: cannot write output to a root directory");
        var name = Path.GetFileName(target);
        Directory.CreateDirectory(parent);
        RemoveStaleStaging(parent, name);
        var staging = Path.Combine(parent, "." + name + StagingMarker + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(staging);
        return new AtomicDirectoryWriter(outputDirectory, target, staging);
    }

    /// <summary>Writes <paramref name="outputs"/> as the whole content of <paramref name="outputDirectory"/> (see <see cref="Commit"/>).</summary>
    public static void Write(string outputDirectory, OutputSet outputs, string manifestFileName)
    {
        using var writer = Open(outputDirectory);
        foreach (var file in outputs.Files)
        {
            writer.Write(file);
        }

        writer.Commit(manifestFileName);
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
                _failure = ExceptionDispatchInfo.Capture(error);
            }
        }
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
    /// <exception cref="OutputRefusedException">The directory holds files i2s did not write (no <paramref name="manifestFileName"/>).</exception>
    public void Commit(string manifestFileName)
    {
        Flush();
        if (Directory.Exists(_target) && !IsReplaceable(_target, manifestFileName))
        {
            throw new OutputRefusedException(
                $"{_outputDirectory}: refusing to replace a directory that holds files i2s did not write (no {manifestFileName}); choose an empty or new --out directory");
        }

        Swap(_staging, _target);
    }

    /// <summary>Deletes the staging directory: what was not committed, or the previous output after an exchange.</summary>
    public void Dispose()
    {
        _queue.CompleteAdding();
        _writer.Join();
        _queue.Dispose();
        if (Directory.Exists(_staging))
        {
            Directory.Delete(_staging, recursive: true);
        }
    }

    private static bool IsReplaceable(string directory, string manifestFileName) =>
        File.Exists(Path.Combine(directory, manifestFileName)) || !Directory.EnumerateFileSystemEntries(directory).Any();

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

        var previous = staging + ".previous";
        Directory.Move(target, previous);
        Directory.Move(staging, target);
        Directory.Delete(previous, recursive: true);
    }

    private static void RemoveStaleStaging(string parent, string name)
    {
        foreach (var stale in Directory.EnumerateDirectories(parent, "." + name + StagingMarker + "*"))
        {
            Directory.Delete(stale, recursive: true);
        }
    }

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
