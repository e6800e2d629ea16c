using System.IO.Enumeration;

namespace Informatica2Spark.Cli.Input;

/// <summary>
/// Finds the exports under a directory given as input: every <c>*.xml</c> file, in any letter case, searched
/// recursively, skipping hidden and system entries. Like <c>find</c>, <c>grep -r</c> and git, the search does not
/// follow symbolic links to directories (a link back to a directory above would make it endless, and a link elsewhere
/// reaches files the directory does not hold); a directory given on the command line is searched even when it is a
/// link, and a symbolic link to a file is read as that file.
/// </summary>
internal static class ExportSearch
{
    /// <summary>The export files under <paramref name="directory"/>, as paths starting with it, in no particular order.</summary>
    public static IEnumerable<string> Files(string directory) =>
        new FileSystemEnumerable<string>(directory, (ref FileSystemEntry entry) => entry.ToSpecifiedFullPath(), Options)
        {
            ShouldIncludePredicate = (ref FileSystemEntry entry) =>
                !entry.IsDirectory && entry.FileName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase),
            ShouldRecursePredicate = (ref FileSystemEntry entry) => (entry.Attributes & FileAttributes.ReparsePoint) == 0,
        };

    private static EnumerationOptions Options { get; } = new() { RecurseSubdirectories = true, IgnoreInaccessible = false };
}
