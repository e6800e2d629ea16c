namespace Informatica2Spark.Core.Diagnostics;

/// <summary>Session codes: building typed session configurations.</summary>
public static partial class DiagnosticCodes
{
    public static DiagnosticDescriptor ConfigObjectMissing { get; } =
        new("I2S0501", Severity.Warning, DiagnosticCategory.Semantic, "Session names a config object that is not in this export");

    public static DiagnosticDescriptor SessionValueInvalid { get; } =
        new("I2S0502", Severity.Warning, DiagnosticCategory.Semantic, "Session attribute value is not valid for its setting");
}
