using Informatica2Spark.Core.Diagnostics;
using Informatica2Spark.Core.Inputs;

namespace Informatica2Spark.Cli.Input;

/// <summary>
/// Turns the paths a user gave into export inputs: files as given, directories searched recursively for
/// <c>*.xml</c> in any letter case, in ordinal order, displayed relative to what the user typed.
/// </summary>
internal static class InputResolver
{
    public static (IReadOnlyList<ExportInput> Inputs, IReadOnlyList<Diagnostic> Problems) Resolve(IEnumerable<string> paths)
    {
        var inputs = new List<ExportInput>();
        var problems = new List<Diagnostic>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                var files = Directory.EnumerateFiles(path, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = false })
                    .Where(f => f.EndsWith(".xml", StringComparison.OrdinalIgnoreCase))
                    .Select(f => (Full: f, Display: Join(path, Path.GetRelativePath(path, f))))
                    .OrderBy(f => f.Display, StringComparer.Ordinal)
                    .ToList();
                if (files.Count == 0)
                {
                    problems.Add(DiagnosticCodes.FileUnreadable.Create("the directory holds no .xml exports", new SourceLocation(Display(path))));
                }

                inputs.AddRange(files.Select(f => Open(f.Display, f.Full)));
            }
            else if (File.Exists(path))
            {
                inputs.Add(Open(Display(path), path));
            }
            else
            {
                problems.Add(DiagnosticCodes.FileUnreadable.Create("no such file or directory", new SourceLocation(Display(path))));
            }
        }

        return (inputs, problems);
    }

    private static ExportInput Open(string display, string full) =>
        new(display, () => new FileStream(full, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan));

    private static string Display(string path) => path.Replace('\\', '/');

    private static string Join(string directory, string relative) =>
        Display(directory).TrimEnd('/') + "/" + Display(relative);
}
