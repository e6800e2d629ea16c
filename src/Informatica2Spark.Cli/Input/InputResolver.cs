using Informatica2Spark.Core.Diagnostics;
using Informatica2Spark.Core.Inputs;

namespace Informatica2Spark.Cli.Input;

/// <summary>
/// Turns the paths a user gave into export inputs: files as given, directories searched recursively for
/// <c>*.xml</c> in any letter case, in ordinal order, each recorded relative to the run's <see cref="InputRoot"/>. A
/// file named twice (directly and inside a directory given, or by two spellings) is one input.
/// </summary>
internal static class InputResolver
{
    public static (IReadOnlyList<ExportInput> Inputs, IReadOnlyList<Diagnostic> Problems) Resolve(IEnumerable<string> paths, InputRoot root)
    {
        var inputs = new List<ExportInput>();
        var problems = new List<Diagnostic>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                var files = Directory.EnumerateFiles(path, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = false })
                    .Where(f => f.EndsWith(".xml", StringComparison.OrdinalIgnoreCase))
                    .Select(f => (Full: Path.GetFullPath(f), Display: root.Display(f)))
                    .OrderBy(f => f.Display, StringComparer.Ordinal)
                    .ToList();
                if (files.Count == 0)
                {
                    problems.Add(DiagnosticCodes.FileUnreadable.Create("the directory holds no .xml exports", new SourceLocation(root.Display(path))));
                }

                inputs.AddRange(files.Where(f => seen.Add(f.Full)).Select(f => Open(f.Display, f.Full)));
            }
            else if (File.Exists(path))
            {
                if (seen.Add(Path.GetFullPath(path)))
                {
                    inputs.Add(Open(root.Display(path), path));
                }
            }
            else
            {
                problems.Add(DiagnosticCodes.FileUnreadable.Create("no such file or directory", new SourceLocation(root.Display(path))));
            }
        }

        return (inputs, problems);
    }

    private static ExportInput Open(string display, string full) =>
        new(display, () => new FileStream(full, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan));
}
