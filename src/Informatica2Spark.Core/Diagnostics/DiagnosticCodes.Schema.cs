namespace Informatica2Spark.Core.Diagnostics;

/// <summary>Schema codes: the export is XML but does not follow the PowerCenter export grammar.</summary>
public static partial class DiagnosticCodes
{
    public static DiagnosticDescriptor SchemaViolation { get; } =
        new("I2S0101", Severity.Error, DiagnosticCategory.Schema, "Schema violation");

    public static DiagnosticDescriptor SchemaWarning { get; } =
        new("I2S0102", Severity.Warning, DiagnosticCategory.Schema, "Schema warning");

    public static DiagnosticDescriptor UnexpectedDoctype { get; } =
        new("I2S0103", Severity.Info, DiagnosticCategory.Schema, "DOCTYPE names a DTD other than powrmart.dtd (never fetched)");
}
