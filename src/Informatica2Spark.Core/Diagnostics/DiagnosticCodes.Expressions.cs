namespace Informatica2Spark.Core.Diagnostics;

/// <summary>Expression codes (I2S0810-0829, inside the conversion range): parsing, binding and translating the transformation language.</summary>
public static partial class DiagnosticCodes
{
    public static DiagnosticDescriptor ExpressionSyntax { get; } =
        new("I2S0810", Severity.Error, DiagnosticCategory.Conversion, "Expression does not parse");

    public static DiagnosticDescriptor ExpressionUnknownName { get; } =
        new("I2S0811", Severity.Error, DiagnosticCategory.Conversion, "Expression names a port, parameter or variable that is not in scope");

    public static DiagnosticDescriptor ExpressionUnsupported { get; } =
        new("I2S0812", Severity.Error, DiagnosticCategory.Conversion, "Expression uses a function or construct that is not translated");

    public static DiagnosticDescriptor ExpressionArguments { get; } =
        new("I2S0813", Severity.Error, DiagnosticCategory.Conversion, "Function called with the wrong number or types of arguments");

    public static DiagnosticDescriptor ExpressionApproximate { get; } =
        new("I2S0814", Severity.Warning, DiagnosticCategory.Conversion, "Expression translated with a stated difference from PowerCenter");

    public static DiagnosticDescriptor ExpressionTypeMismatch { get; } =
        new("I2S0815", Severity.Error, DiagnosticCategory.Conversion, "Operator applied to values of types it does not take");

    public static DiagnosticDescriptor ExpressionMisplaced { get; } =
        new("I2S0816", Severity.Error, DiagnosticCategory.Conversion, "Function or name used where PowerCenter does not allow it");
}
