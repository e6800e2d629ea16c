using Informatica2Spark.Core.Diagnostics;
using Informatica2Spark.Syntax;

namespace Informatica2Spark.Core.Parameters;

/// <summary>
/// Which parameters a generated job binds when it runs rather than at conversion: mapping parameters and variables
/// (<c>$$NAME</c>), user session parameters (<c>$ParamNAME</c>, <c>$InputFileNAME</c>, <c>$OutputFileNAME</c>,
/// <c>$LookupFileNAME</c>, <c>$BadFileNAME</c>), which PowerCenter reads from the parameter file at every run, and the
/// service process variables (<c>$PMRootDir</c>, <c>$PMSourceFileDir</c>...), which the driver expands from
/// <c>$PMRootDir</c> when it starts (<see cref="ServiceProcessVariables"/>). Connection parameters stay bound at
/// conversion: they choose the catalog entry the driver's options come from.
/// </summary>
public static class RunTimeParameters
{
    private static readonly string[] SessionPrefixes = ["$Param", "$InputFile", "$OutputFile", "$LookupFile", "$BadFile"];

    /// <summary>
    /// Marks the per-run parameters that have a value as bound at run time. A password (<see cref="Passwords.IsPasswordName"/>)
    /// is marked only when <paramref name="usages"/> holds a use of it: a used one is then required when the driver runs
    /// (its value is never written), an unused one is only shown withheld.
    /// </summary>
    public static IReadOnlyList<ResolvedParameter> Mark(IReadOnlyList<ResolvedParameter> parameters, IReadOnlyList<ParameterUsage> usages)
    {
        var used = usages.Select(u => u.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return [.. parameters.Select(p => p.Value is not null && IsPerRun(p.Name) && (!Passwords.IsPasswordName(p.Name) || used.Contains(p.Name)) ? p with { IsRunTime = true } : p)];
    }

    public static bool IsPerRun(string name) =>
        ParameterReferences.IsMappingName(name) || ServiceProcessVariables.Contains(name)
        || SessionPrefixes.Any(prefix => name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// A per-run parameter with no value at conversion can still be given when the driver runs, so an unresolved one
    /// (I2S0304) is a warning, the same in <c>params</c>, <c>validate</c> and <c>convert</c>; the driver refuses to start
    /// while it has none. Any other finding is returned as it is.
    /// </summary>
    public static Diagnostic WithoutValue(Diagnostic diagnostic) =>
        diagnostic.Code == DiagnosticCodes.ParameterUnresolved.Code && FirstMentioned(diagnostic.Message) is { } name && IsPerRun(name)
            ? diagnostic with { Severity = Severity.Warning, Message = diagnostic.Message + "; the driver takes it when it runs and refuses to start without it" }
            : diagnostic;

    /// <summary>The first parameter name a message mentions, or null.</summary>
    public static string? FirstMentioned(string message) => ParameterReferences.Find(message) is { Count: > 0 } found ? found[0].Name : null;
}
