namespace Informatica2Spark.Cli.Input;

/// <summary>
/// The directory every input is recorded relative to, in findings and in every generated file, so output does not
/// depend on where i2s runs from or where the inputs sit on a machine: the <c>--root</c> the user names; else the
/// workspace root, the nearest directory holding <c>.git</c> (a clone or worktree) above the exports (else above all
/// the inputs, else above the first input that is in one); else the deepest directory that holds all the inputs. A path is written relative to it with <c>/</c> (<c>..</c> segments for an
/// input outside it), never as an absolute machine path.
/// </summary>
internal sealed class InputRoot
{
    private InputRoot(string directory) => Directory = directory;

    /// <summary>The root's full path.</summary>
    public string Directory { get; }

    /// <summary>The root for a run over <paramref name="exports"/> with <paramref name="others"/> (parameter files, catalog).</summary>
    public static InputRoot For(IEnumerable<string> exports, IEnumerable<string?> others, string? root)
    {
        if (root is not null)
        {
            return new InputRoot(Path.GetFullPath(root));
        }

        var exportDirectories = exports.Select(Holding).ToList();
        var allDirectories = exportDirectories.Concat(others.OfType<string>().Select(Holding)).ToList();
        if (allDirectories.Count == 0)
        {
            return new InputRoot(Path.GetFullPath("."));
        }

        // The workspace of the exports, else of all inputs together, else of the first input (exports first) in one.
        IEnumerable<string?> workspaces =
        [
            exportDirectories.Count > 0 ? Workspace(Common(exportDirectories)) : null,
            Workspace(Common(allDirectories)),
            .. allDirectories.Select(Workspace),
        ];
        return new InputRoot(workspaces.FirstOrDefault(w => w is not null) ?? Common(allDirectories));
    }

    /// <summary>The path as recorded: relative to the root, with <c>/</c>.</summary>
    public string Display(string path)
    {
        var relative = Path.GetRelativePath(Directory, Path.GetFullPath(path));

        // Another drive has no relative path: the name alone rather than a machine path.
        return (Path.IsPathRooted(relative) ? Path.GetFileName(relative) : relative).Replace('\\', '/');
    }

    /// <summary>
    /// A directory as recorded, with a trailing <c>/</c>: relative to the root like <see cref="Display"/>, and the root
    /// itself by its own name (<c>exports/</c>) rather than <c>.</c>, so a finding about it names it.
    /// </summary>
    public string DisplayDirectory(string path)
    {
        var display = Display(path);
        if (display == ".")
        {
            display = new DirectoryInfo(Path.GetFullPath(path)).Name;
        }

        return display.EndsWith('/') ? display : display + "/";
    }

    /// <summary>The directory holding a path: a directory itself, a file's (or missing path's) parent.</summary>
    private static string Holding(string path)
    {
        var full = Path.GetFullPath(path);
        return System.IO.Directory.Exists(full) ? full : Path.GetDirectoryName(full) ?? full;
    }

    /// <summary>The deepest directory that holds every one of <paramref name="directories"/>.</summary>
    private static string Common(IReadOnlyList<string> directories)
    {
        var common = directories[0];
        foreach (var directory in directories.Skip(1))
        {
            while (!IsWithin(directory, common))
            {
                common = Path.GetDirectoryName(common) ?? common;
                if (Path.GetPathRoot(common) == common)
                {
                    break;
                }
            }
        }

        return common;
    }

    private static bool IsWithin(string directory, string ancestor) =>
        Path.GetRelativePath(ancestor, directory) is var relative && relative != ".." && !relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal)
        && !Path.IsPathRooted(relative);

    /// <summary>The nearest directory at or above <paramref name="directory"/> that holds <c>.git</c> (a directory, or a file in a worktree), or null.</summary>
    private static string? Workspace(string directory)
    {
        for (var current = new DirectoryInfo(directory); current is not null; current = current.Parent)
        {
            var git = Path.Combine(current.FullName, ".git");
            if (System.IO.Directory.Exists(git) || File.Exists(git))
            {
                return current.FullName;
            }
        }

        return null;
    }
}
