namespace Informatica2Spark.Core.Diagnostics;

/// <summary>Parameter codes: parameter files (0301-0303, 0310-0312) and parameter resolution (0304-0309, 0313-0316).</summary>
public static partial class DiagnosticCodes
{
    public static DiagnosticDescriptor ParameterHeadingInvalid { get; } =
        new("I2S0301", Severity.Warning, DiagnosticCategory.Parameter, "Parameter file heading not understood; its section is ignored");

    public static DiagnosticDescriptor ParameterOutsideSection { get; } =
        new("I2S0302", Severity.Warning, DiagnosticCategory.Parameter, "Parameter assignment before any heading is ignored");

    public static DiagnosticDescriptor ParameterNameInvalid { get; } =
        new("I2S0303", Severity.Warning, DiagnosticCategory.Parameter, "Assignment name is not a parameter or variable name");

    public static DiagnosticDescriptor ParameterUnresolved { get; } =
        new("I2S0304", Severity.Error, DiagnosticCategory.Parameter, "Parameter is used but has no value");

    public static DiagnosticDescriptor ParameterNeverGiven { get; } =
        new("I2S0305", Severity.Info, DiagnosticCategory.Parameter, "Declared parameter is never given a value; its datatype default applies");

    public static DiagnosticDescriptor ParameterNeverUsed { get; } =
        new("I2S0306", Severity.Warning, DiagnosticCategory.Parameter, "Parameter is given a value but the session never uses it");

    public static DiagnosticDescriptor ParameterShadowed { get; } =
        new("I2S0307", Severity.Info, DiagnosticCategory.Parameter, "A value is shadowed by one from a higher layer");

    public static DiagnosticDescriptor ParameterInvalidValue { get; } =
        new("I2S0308", Severity.Error, DiagnosticCategory.Parameter, "Value is invalid for the parameter's datatype");

    public static DiagnosticDescriptor ParameterValueMentionsParameter { get; } =
        new("I2S0309", Severity.Warning, DiagnosticCategory.Parameter, "Value mentions another parameter and stays literal");

    public static DiagnosticDescriptor ParameterNamePadded { get; } =
        new("I2S0310", Severity.Warning, DiagnosticCategory.Parameter, "Assignment name has blanks before the '=' and is not the parameter it looks like");

    public static DiagnosticDescriptor ParameterPlaceholder { get; } =
        new("I2S0311", Severity.Warning, DiagnosticCategory.Parameter, "Value is an unfilled deployment placeholder");

    public static DiagnosticDescriptor ParameterFileUndecodable { get; } =
        new("I2S0312", Severity.Warning, DiagnosticCategory.Parameter, "Parameter file bytes do not decode in the code page it is read in");

    public static DiagnosticDescriptor ParameterBuiltInOverride { get; } =
        new("I2S0313", Severity.Warning, DiagnosticCategory.Parameter, "A parameter file sets a built-in variable the Integration Service does not let it set; the value is ignored");

    public static DiagnosticDescriptor ParameterNoValue { get; } =
        new("I2S0314", Severity.Info, DiagnosticCategory.Parameter, "A parameter file assigns no value (blank or <null>); the value from the next layer applies");

    public static DiagnosticDescriptor ServiceProcessVariableCycle { get; } =
        new("I2S0315", Severity.Error, DiagnosticCategory.Parameter, "Service process variables refer to each other in a cycle");
}
