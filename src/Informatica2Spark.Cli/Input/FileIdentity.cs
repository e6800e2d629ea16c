namespace Informatica2Spark.Cli.Input;

/// <summary>
/// What makes two spellings of a path the same file: its full path with every symbolic link on the way resolved, so
/// <c>a.xml</c>, <c>./a.xml</c>, <c>link-to-a.xml</c> and <c>link-to-dir/a.xml</c> are one file.
/// </summary>
internal static class FileIdentity
{
    /// <summary>The full path of <paramref name="path"/> with its links resolved (a part that cannot be resolved is kept as written).</summary>
    public static string Of(string path)
    {
        var full = Path.GetFullPath(path);
        var resolved = Path.GetPathRoot(full) ?? string.Empty;
        foreach (var part in full[resolved.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            resolved = Resolve(Path.Combine(resolved, part));
        }

        return resolved;
    }

    private static string Resolve(string path)
    {
        try
        {
            var info = new FileInfo(path);
            return info.LinkTarget is null ? path : info.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? path;
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return path;
        }
    }
}
