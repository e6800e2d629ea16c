namespace Informatica2Spark.Core.Diagnostics;

/// <summary>Reference codes: an object names another that is missing from the export.</summary>
public static partial class DiagnosticCodes
{
    public static DiagnosticDescriptor MappingExternal { get; } =
        new("I2S0201", Severity.Info, DiagnosticCategory.Reference, "Session's mapping is not in this export");

    public static DiagnosticDescriptor TaskUndefined { get; } =
        new("I2S0202", Severity.Error, DiagnosticCategory.Reference, "Task instance names a task that is not defined");

    public static DiagnosticDescriptor ReusableTaskExternal { get; } =
        new("I2S0203", Severity.Warning, DiagnosticCategory.Reference, "Task instance names a reusable object that is not in this export");

    public static DiagnosticDescriptor LinkEndpointMissing { get; } =
        new("I2S0204", Severity.Error, DiagnosticCategory.Reference, "Workflow link names a task instance that does not exist");

    public static DiagnosticDescriptor ConnectorInstanceMissing { get; } =
        new("I2S0205", Severity.Error, DiagnosticCategory.Reference, "Connector names an instance that does not exist");

    public static DiagnosticDescriptor ConnectorFieldMissing { get; } =
        new("I2S0206", Severity.Error, DiagnosticCategory.Reference, "Connector names a field the instance does not have");

    public static DiagnosticDescriptor InstanceDefinitionExternal { get; } =
        new("I2S0207", Severity.Info, DiagnosticCategory.Reference, "Instance's definition is not in this export; its fields are not checked");

    public static DiagnosticDescriptor ShortcutExternal { get; } =
        new("I2S0208", Severity.Info, DiagnosticCategory.Reference, "Shortcut points to an object outside this export");
}
