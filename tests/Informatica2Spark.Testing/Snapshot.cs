using System.Runtime.CompilerServices;
using System.Text;
using Xunit.Sdk;

namespace Informatica2Spark.Testing;

/// <summary>
/// Snapshot verification following Verify's file conventions:
/// <c>{Class}.{Method}_{param=value}.verified.{ext}</c> beside the test file, or for several files one folder
/// <c>{Class}.{Method}_{param=value}/{file}.verified.{ext}</c>. A run first deletes stale <c>.received.</c> files; a
/// missing or empty verified file fails as New, a mismatch writes <c>.received.</c> and fails as NotEqual, a verified
/// file that nothing produced fails as Delete, and a verified file holding a carriage return is an error. Text is
/// compared as LF without a BOM and no trailing newline is added.
/// Accepting: set <c>I2S_ACCEPT_SNAPSHOTS=1</c> locally (never honoured when <c>CI</c> is set), or run
/// <c>scripts/accept-snapshots.sh</c> to rename received files to verified.
/// </summary>
public static class Snapshot
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Verifies one text against <c>{Class}.{Method}[_{parameters}].verified.{extension}</c>.</summary>
    public static void Verify(
        string text,
        string extension,
        string? parameters = null,
        [CallerFilePath] string sourceFile = "",
        [CallerMemberName] string method = "")
    {
        var directory = Path.GetDirectoryName(sourceFile)!;
        var stem = Stem(sourceFile, method, parameters);
        var result = new SnapshotResult(directory);
        DeleteReceived(directory, stem + ".received.");
        Compare(Path.Combine(directory, $"{stem}.verified.{extension}"), text, result);
        result.ThrowIfFailed();
    }

    /// <summary>
    /// Verifies a set of files (relative path to content, with their real extensions) against the folder
    /// <c>{Class}.{Method}[_{parameters}]/</c>, where each file is stored as <c>name.verified.ext</c>.
    /// </summary>
    public static void VerifyFiles(
        IReadOnlyDictionary<string, string> files,
        string? parameters = null,
        [CallerFilePath] string sourceFile = "",
        [CallerMemberName] string method = "")
    {
        var directory = Path.Combine(Path.GetDirectoryName(sourceFile)!, Stem(sourceFile, method, parameters));
        var result = new SnapshotResult(directory);
        if (Directory.Exists(directory))
        {
            foreach (var stale in Directory.EnumerateFiles(directory, "*.received.*", SearchOption.AllDirectories))
            {
                File.Delete(stale);
            }
        }

        var expected = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (relative, content) in files.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            var verified = Path.Combine(directory, VerifiedName(relative));
            expected.Add(Path.GetFullPath(verified));
            Compare(verified, content, result);
        }

        if (Directory.Exists(directory))
        {
            foreach (var existing in Directory.EnumerateFiles(directory, "*.verified.*", SearchOption.AllDirectories))
            {
                if (!expected.Contains(Path.GetFullPath(existing)))
                {
                    if (AcceptEnabled)
                    {
                        File.Delete(existing);
                    }
                    else
                    {
                        result.Delete.Add(existing);
                    }
                }
            }
        }

        result.ThrowIfFailed();
    }

    /// <summary>Whether received output replaces verified output (local use only; never under CI).</summary>
    public static bool AcceptEnabled =>
        Environment.GetEnvironmentVariable("I2S_ACCEPT_SNAPSHOTS") == "1"
        && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"));

    internal static string VerifiedName(string relativePath)
    {
        var normalized = relativePath.Replace('\\', '/');
        var slash = normalized.LastIndexOf('/');
        var folder = slash >= 0 ? normalized[..(slash + 1)] : string.Empty;
        var name = normalized[(slash + 1)..];
        var dot = name.LastIndexOf('.');
        var stem = dot > 0 ? name[..dot] : name;
        var extension = dot > 0 ? name[(dot + 1)..] : "txt";
        return folder + stem + ".verified." + extension;
    }

    private static string Stem(string sourceFile, string method, string? parameters)
    {
        var className = Path.GetFileNameWithoutExtension(sourceFile);
        return parameters is { Length: > 0 } ? $"{className}.{method}_{parameters}" : $"{className}.{method}";
    }

    private static void DeleteReceived(string directory, string prefix)
    {
        if (!Directory.Exists(directory))
        {
            return;
        }

        foreach (var stale in Directory.EnumerateFiles(directory, prefix + "*"))
        {
            File.Delete(stale);
        }
    }

    private static void Compare(string verifiedPath, string actual, SnapshotResult result)
    {
        actual = actual.Replace("\r\n", "\n", StringComparison.Ordinal);
        var receivedPath = verifiedPath.Replace(".verified.", ".received.", StringComparison.Ordinal);
        var verified = File.Exists(verifiedPath) ? File.ReadAllText(verifiedPath, Utf8NoBom) : null;

        if (verified is not null && verified.Contains('\r', StringComparison.Ordinal))
        {
            result.Errors.Add($"{verifiedPath} contains a carriage return; verified files are LF only.");
            return;
        }

        if (verified is not null && verified.Length > 0 && string.Equals(verified, actual, StringComparison.Ordinal))
        {
            return;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(verifiedPath)!);
        if (AcceptEnabled)
        {
            File.WriteAllText(verifiedPath, actual, Utf8NoBom);
            return;
        }

        File.WriteAllText(receivedPath, actual, Utf8NoBom);
        if (string.IsNullOrEmpty(verified))
        {
            result.New.Add(receivedPath);
        }
        else
        {
            result.NotEqual.Add((receivedPath, FirstDifference(verified, actual)));
        }
    }

    private static string FirstDifference(string verified, string actual)
    {
        var expectedLines = verified.Split('\n');
        var actualLines = actual.Split('\n');
        for (var i = 0; i < Math.Max(expectedLines.Length, actualLines.Length); i++)
        {
            var e = i < expectedLines.Length ? expectedLines[i] : "<end of file>";
            var a = i < actualLines.Length ? actualLines[i] : "<end of file>";
            if (!string.Equals(e, a, StringComparison.Ordinal))
            {
                return $"line {i + 1}: verified '{e}' but received '{a}'";
            }
        }

        return "content differs";
    }

    private sealed class SnapshotResult(string directory)
    {
        public List<string> New { get; } = [];

        public List<(string Path, string Difference)> NotEqual { get; } = [];

        public List<string> Delete { get; } = [];

        public List<string> Errors { get; } = [];

        public void ThrowIfFailed()
        {
            if (New.Count + NotEqual.Count + Delete.Count + Errors.Count == 0)
            {
                return;
            }

            var message = new StringBuilder();
            message.Append("Snapshot verification failed.\nDirectory: ").Append(directory).Append('\n');
            Section(message, "New", New);
            Section(message, "NotEqual", NotEqual.Select(n => $"{n.Path}\n    {n.Difference}"));
            Section(message, "Delete", Delete);
            Section(message, "Error", Errors);
            message.Append("Review the .received. files; accept locally with I2S_ACCEPT_SNAPSHOTS=1 or scripts/accept-snapshots.sh.");
            throw new XunitException(message.ToString());
        }

        private static void Section(StringBuilder message, string title, IEnumerable<string> items)
        {
            var list = items.ToList();
            if (list.Count == 0)
            {
                return;
            }

            message.Append(title).Append(":\n");
            foreach (var item in list)
            {
                message.Append("  - ").Append(item).Append('\n');
            }
        }
    }
}
