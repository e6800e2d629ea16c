using System.Runtime.InteropServices;
using Informatica2Spark.Core.Emit;

namespace Informatica2Spark.Cli.Output;

/// <summary>
/// Replaces an output directory as a whole: the new tree is staged in a hidden sibling directory and exchanged with
/// the old one in one atomic rename (Linux <c>renameat2(RENAME_EXCHANGE)</c>; elsewhere two renames), so an
/// interrupted run leaves the previous output intact. A directory that holds files i2s did not write (no manifest)
/// is never replaced.
/// </summary>
internal static partial class AtomicDirectoryWriter
{
    private const string StagingMarker = ".i2s-staging-";

    public static void Write(string outputDirectory, OutputSet outputs, string manifestFileName)
    {
        var target = Path.GetFullPath(outputDirectory);
        var parent = Path.GetDirectoryName(target) ?? throw new OutputRefusedException($"{outputDirectory}: cannot write output to a root directory");
        var name = Path.GetFileName(target);
        Directory.CreateDirectory(parent);
        RemoveStaleStaging(parent, name);

        if (Directory.Exists(target) && !IsReplaceable(target, manifestFileName))
        {
            throw new OutputRefusedException(
                $"{outputDirectory}: refusing to replace a directory that holds files i2s did not write (no {manifestFileName}); choose an empty or new --out directory");
        }

        var staging = Path.Combine(parent, "." + name + StagingMarker + Guid.NewGuid().ToString("N"));
        try
        {
            Directory.CreateDirectory(staging);
            foreach (var directory in outputs.Files.Select(f => Path.GetDirectoryName(Path.Combine(staging, f.RelativePath))!).Distinct(StringComparer.Ordinal))
            {
                Directory.CreateDirectory(directory);
            }

            foreach (var file in outputs.Files)
            {
                File.WriteAllBytes(Path.Combine(staging, file.RelativePath), file.Content);
            }

            Swap(staging, target);
        }
        finally
        {
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }
        }
    }

    /// <summary>Every file under <paramref name="directory"/> by forward-slash relative path (empty when absent).</summary>
    public static IReadOnlyDictionary<string, byte[]> ReadTree(string directory)
    {
        var files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        if (!Directory.Exists(directory))
        {
            return files;
        }

        foreach (var path in Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(directory, path).Replace(Path.DirectorySeparatorChar, '/');
            files[relative] = File.ReadAllBytes(path);
        }

        return files;
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
