using Informatica2Spark.Core.Diagnostics;
using Informatica2Spark.Core.Inputs;

namespace Informatica2Spark.Cli.Input;

/// <summary>
/// Turns the paths a user gave into export inputs: files as given, directories searched for exports
/// (<see cref="ExportSearch"/>), each recorded relative to the run's <see cref="InputRoot"/>. A file named twice
/// (directly and inside a directory given, or by two spellings or links: <see cref="FileIdentity"/>) is one input,
/// under the first of its names in ordinal order. The inputs come in the ordinal order of their recorded paths,
/// whatever order the paths were given in, so everything that follows the order of the exports (the manifest, the
/// sessions, the findings) is the same for every order.
/// </summary>
internal static class InputResolver
{
    public static (IReadOnlyList<ExportInput> Inputs, IReadOnlyList<Diagnostic> Problems) Resolve(IEnumerable<string> paths, InputRoot root)
    {
        var files = new List<string>();
        var problems = new List<Diagnostic>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                var found = ExportSearch.Files(path).ToList();
                if (found.Count == 0)
                {
                    problems.Add(DiagnosticCodes.FileUnreadable.Create("the directory holds no .xml exports", new SourceLocation(root.DisplayDirectory(path))));
                }

                files.AddRange(found);
            }
            else if (File.Exists(path))
            {
                files.Add(path);
            }
            else
            {
                problems.Add(DiagnosticCodes.FileUnreadable.Create("no such file or directory", new SourceLocation(root.Display(path))));
            }
        }

        var inputs = files
            .Select(f => (Path: f, Display: root.Display(f)))
            .GroupBy(f => FileIdentity.Of(f.Path), StringComparer.Ordinal)
            .Select(named => named.MinBy(f => f.Display, StringComparer.Ordinal))
            .OrderBy(f => f.Display, StringComparer.Ordinal)
            .Select(f => Open(f.Display, Path.GetFullPath(f.Path)))
            .ToList();
        return (inputs, problems);
    }

    private static ExportInput Open(string display, string full) =>
        new(display, () => new FileStream(full, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan));
}
