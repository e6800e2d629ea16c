namespace Informatica2Spark.Core.Diagnostics;

/// <summary>Conversion codes: what the generated job does not do, and sessions that could not be converted.</summary>
public static partial class DiagnosticCodes
{
    public static DiagnosticDescriptor LoadNotTranslated { get; } =
        new("I2S0801", Severity.Warning, DiagnosticCategory.Conversion, "Target load not translated: the driver refuses to run it");

    public static DiagnosticDescriptor MappingNotInExport { get; } =
        new("I2S0802", Severity.Warning, DiagnosticCategory.Conversion, "Session's mapping is not in the export");

    public static DiagnosticDescriptor DataSourceUnavailable { get; } =
        new("I2S0803", Severity.Warning, DiagnosticCategory.Conversion, "Source or target has no Spark data source");

    public static DiagnosticDescriptor SecretNotReadableByDriver { get; } =
        new("I2S0805", Severity.Warning, DiagnosticCategory.Conversion, "Secret reference the generated driver cannot read");

    public static DiagnosticDescriptor MappingRunByNoSession { get; } =
        new("I2S0806", Severity.Info, DiagnosticCategory.Conversion, "Mapping run by no session: converted with the default session settings");

    public static DiagnosticDescriptor NoTargetLoad { get; } =
        new("I2S0807", Severity.Warning, DiagnosticCategory.Conversion, "Session loads no target: the driver refuses to run");

    public static DiagnosticDescriptor WindowsDirectory { get; } =
        new("I2S0830", Severity.Warning, DiagnosticCategory.Conversion, "Windows directory in a file path: a Linux cluster reads it as a URI");

    public static DiagnosticDescriptor WorkflowPartNotCarried { get; } =
        new("I2S0840", Severity.Warning, DiagnosticCategory.Conversion, "Workflow task or link the workflow plan cannot carry as it is");

    public static DiagnosticDescriptor WorkflowNotRendered { get; } =
        new("I2S0841", Severity.Error, DiagnosticCategory.Conversion, "Workflow could not be rendered for the orchestrator");

    public static DiagnosticDescriptor SessionNotConverted { get; } =
        new("I2S0804", Severity.Error, DiagnosticCategory.Conversion, "Session could not be converted");
}
