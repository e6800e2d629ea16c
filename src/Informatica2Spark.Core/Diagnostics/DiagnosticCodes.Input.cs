namespace Informatica2Spark.Core.Diagnostics;

/// <summary>Input codes: the file could not be read as a PowerCenter XML export at all (exit code 3).</summary>
public static partial class DiagnosticCodes
{
    public static DiagnosticDescriptor FileUnreadable { get; } =
        new("I2S0001", Severity.Error, DiagnosticCategory.Input, "File missing or unreadable");

    public static DiagnosticDescriptor EmptyFile { get; } =
        new("I2S0002", Severity.Error, DiagnosticCategory.Input, "Empty file");

    public static DiagnosticDescriptor NotWellFormed { get; } =
        new("I2S0003", Severity.Error, DiagnosticCategory.Input, "Not well-formed XML");

    public static DiagnosticDescriptor WrongRootElement { get; } =
        new("I2S0004", Severity.Error, DiagnosticCategory.Input, "Root element is not POWERMART");

    public static DiagnosticDescriptor DtdRefused { get; } =
        new("I2S0005", Severity.Error, DiagnosticCategory.Input, "DTD internal subset or entity declarations refused");

    public static DiagnosticDescriptor EntityRefused { get; } =
        new("I2S0006", Severity.Error, DiagnosticCategory.Input, "Entity reference refused");

    public static DiagnosticDescriptor SizeLimitExceeded { get; } =
        new("I2S0007", Severity.Error, DiagnosticCategory.Input, "Document size limit exceeded");

    public static DiagnosticDescriptor DepthLimitExceeded { get; } =
        new("I2S0008", Severity.Error, DiagnosticCategory.Input, "Nesting depth limit exceeded");

    public static DiagnosticDescriptor BinaryContent { get; } =
        new("I2S0009", Severity.Error, DiagnosticCategory.Input, "Binary content, not XML text");

    public static DiagnosticDescriptor EncodingError { get; } =
        new("I2S0010", Severity.Error, DiagnosticCategory.Input, "Unsupported encoding or bytes invalid for the declared encoding");

    public static DiagnosticDescriptor Truncated { get; } =
        new("I2S0011", Severity.Error, DiagnosticCategory.Input, "Document ends before its root element is closed");

    public static DiagnosticDescriptor ValueLengthLimitExceeded { get; } =
        new("I2S0012", Severity.Error, DiagnosticCategory.Input, "Value length limit exceeded");
}
