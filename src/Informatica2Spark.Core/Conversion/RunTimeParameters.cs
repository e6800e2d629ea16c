using Informatica2Spark.Core.Parameters;

namespace Informatica2Spark.Core.Conversion;

/// <summary>
/// Which parameters a generated job binds when it runs rather than at conversion: mapping parameters and variables
/// (<c>$$NAME</c>) and user session parameters (<c>$ParamNAME</c>, <c>$InputFileNAME</c>, <c>$OutputFileNAME</c>,
/// <c>$BadFileNAME</c>), which PowerCenter reads from the parameter file at every run. Connection parameters stay
/// bound at conversion: they choose the catalog entry the driver's options come from.
/// </summary>
public static partial class RunTimeParameters
{
    private static readonly string[] SessionPrefixes = ["$Param", "$InputFile", "$OutputFile", "$BadFile"];

    public static IReadOnlyList<ResolvedParameter> Mark(IReadOnlyList<ResolvedParameter> parameters) =>
        [.. parameters.Select(p => p.Value is not null && IsPerRun(p.Name) ? p with { IsRunTime = true } : p)];

    public static bool IsPerRun(string name) =>
        name.StartsWith("$$", StringComparison.Ordinal) || SessionPrefixes.Any(prefix => name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase));

    /// <summary>The first parameter name a message mentions, or null.</summary>
    public static string? FirstMentioned(string message) => Name().Match(message) is { Success: true } match ? match.Value : null;

    [System.Text.RegularExpressions.GeneratedRegex(@"\${1,2}[A-Za-z_][A-Za-z0-9_]*")]
    private static partial System.Text.RegularExpressions.Regex Name();
}
