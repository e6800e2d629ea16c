using System.Text.RegularExpressions;
using Informatica2Spark.Core.Connections;
using Informatica2Spark.Core.Diagnostics;
using Informatica2Spark.Core.Parameters;

namespace Informatica2Spark.Core.Conversion;

/// <summary>
/// File paths written by an Integration Service on Windows (<c>C:\ETL\SrcFiles</c>, <c>\\filer\etl</c>) reach the job
/// with their backslashes turned to slashes (<c>C:/ETL/SrcFiles/x.dat</c>), which Hadoop's file systems on a Linux
/// cluster read as a URI of scheme <c>C</c>. The catalog's <c>directories</c> map such a directory to the path the
/// cluster reads it under; a Windows path left unmapped, written in the session or coming from a parameter's value,
/// is a warning that names it.
/// </summary>
internal static partial class FilePaths
{
    /// <summary>The options with the <c>path</c> mapped, the decision that says so, and the warning for a Windows path left as it is.</summary>
    public static (IReadOnlyList<JobOption> Options, JobDecision? Decision, Diagnostic? Warning) Map(
        string instance, IReadOnlyList<JobOption> options, CatalogEnvironment? catalog, IReadOnlyList<ResolvedParameter> parameters, SourceLocation location)
    {
        var index = options.ToList().FindIndex(o => o.Key == "path" && o.Value is not null);
        if (index < 0)
        {
            return (options, null, null);
        }

        var path = options[index].Value!;
        foreach (var mapping in catalog?.Directories ?? [])
        {
            var from = Slashes(mapping.From).TrimEnd('/');
            if (from.Length > 0 && path.StartsWith(from, StringComparison.OrdinalIgnoreCase) && (path.Length == from.Length || path[from.Length] == '/'))
            {
                var mapped = Slashes(mapping.To).TrimEnd('/') + path[from.Length..];
                var result = options.ToList();
                result[index] = options[index] with { Value = mapped };
                return (result, new JobDecision($"{instance}: path", mapped, $"the catalog maps directory '{mapping.From}' to '{mapping.To}'"), null);
            }
        }

        var seen = ParameterSubstitution.Apply(path, [.. parameters.Where(p => p.Value is not null).Select(p => p with { IsRunTime = false })]).Text;
        if (!IsWindows(Slashes(seen)))
        {
            return (options, null, null);
        }

        var message = seen == path
            ? $"{instance}: file path '{path}' is a Windows path, which a Linux cluster reads as a URI: map its directory in the catalog's directories"
            : $"{instance}: file path '{path}' is the Windows path '{seen}' with its parameters' values at conversion, which a Linux cluster reads as a URI: give the parameters cluster paths";
        return (options, null, DiagnosticCodes.WindowsDirectory.Create(message, location));
    }

    private static string Slashes(string path) => path.Replace('\\', '/');

    /// <summary>A drive letter (<c>C:/</c>) or a UNC share (<c>//server/share</c>).</summary>
    private static bool IsWindows(string path) => WindowsPath().IsMatch(path);

    [GeneratedRegex(@"^(?:[A-Za-z]:/|//[^/])")]
    private static partial Regex WindowsPath();
}
