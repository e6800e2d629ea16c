namespace Informatica2Spark.Core.Diagnostics;

/// <summary>Connection codes: the connection catalog and how sessions' connections resolve against it.</summary>
public static partial class DiagnosticCodes
{
    public static DiagnosticDescriptor CatalogInvalid { get; } =
        new("I2S0401", Severity.Error, DiagnosticCategory.Connection, "Connection catalog is not valid YAML of the documented shape");

    public static DiagnosticDescriptor CatalogEnvironmentUnknown { get; } =
        new("I2S0402", Severity.Error, DiagnosticCategory.Connection, "Environment is not in the connection catalog");

    public static DiagnosticDescriptor CatalogTypeUnknown { get; } =
        new("I2S0403", Severity.Error, DiagnosticCategory.Connection, "Connection type is unknown");

    public static DiagnosticDescriptor CatalogEntryIncomplete { get; } =
        new("I2S0404", Severity.Error, DiagnosticCategory.Connection, "Catalog entry lacks what its type needs");

    public static DiagnosticDescriptor PlaintextPassword { get; } =
        new("I2S0405", Severity.Warning, DiagnosticCategory.Security, "Password written in plain text");

    public static DiagnosticDescriptor SecretReferenceInvalid { get; } =
        new("I2S0406", Severity.Error, DiagnosticCategory.Connection, "Secret reference is not env:NAME, file:PATH or akv://VAULT/SECRET");

    public static DiagnosticDescriptor ConnectionNotInCatalog { get; } =
        new("I2S0407", Severity.Error, DiagnosticCategory.Connection, "Connection has no catalog entry");

    public static DiagnosticDescriptor ConnectionTypeMismatch { get; } =
        new("I2S0408", Severity.Error, DiagnosticCategory.Connection, "Connection resolves to a catalog entry of the wrong kind");

    public static DiagnosticDescriptor ConnectionUnresolved { get; } =
        new("I2S0409", Severity.Error, DiagnosticCategory.Connection, "Connection variable has no value");

    public static DiagnosticDescriptor ConnectionTestPassed { get; } =
        new("I2S0410", Severity.Info, DiagnosticCategory.Connection, "Connection test succeeded");

    public static DiagnosticDescriptor ConnectionUnreachable { get; } =
        new("I2S0411", Severity.Error, DiagnosticCategory.Connection, "Connection test: server unreachable");

    public static DiagnosticDescriptor ConnectionAuthenticationFailed { get; } =
        new("I2S0412", Severity.Error, DiagnosticCategory.Connection, "Connection test: authentication failed");

    public static DiagnosticDescriptor ConnectionNotTestable { get; } =
        new("I2S0413", Severity.Info, DiagnosticCategory.Connection, "Connection cannot be tested from here");

    public static DiagnosticDescriptor SecretUnavailable { get; } =
        new("I2S0414", Severity.Error, DiagnosticCategory.Connection, "Connection test: the password reference gives no secret");
}
