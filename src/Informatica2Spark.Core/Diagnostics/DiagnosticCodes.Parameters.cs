namespace Informatica2Spark.Core.Diagnostics;

/// <summary>Parameter codes: parameter files and parameter resolution.</summary>
public static partial class DiagnosticCodes
{
    public static DiagnosticDescriptor ParameterHeadingInvalid { get; } =
        new("I2S0301", Severity.Warning, DiagnosticCategory.Parameter, "Parameter file heading not understood; its section is ignored");

    public static DiagnosticDescriptor ParameterOutsideSection { get; } =
        new("I2S0302", Severity.Warning, DiagnosticCategory.Parameter, "Parameter assignment before any heading is ignored");

    public static DiagnosticDescriptor ParameterNameInvalid { get; } =
        new("I2S0303", Severity.Warning, DiagnosticCategory.Parameter, "Assignment name is not a parameter or variable name");
}
