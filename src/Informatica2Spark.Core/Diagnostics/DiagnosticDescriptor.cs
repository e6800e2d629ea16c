namespace Informatica2Spark.Core.Diagnostics;

/// <summary>What kind of problem a code stands for: decides the exit code class of a finding.</summary>
public enum DiagnosticCategory
{
    /// <summary>The input could not be read as XML at all (exit code 3).</summary>
    Input,

    /// <summary>The export is XML but violates the PowerCenter schema.</summary>
    Schema,

    /// <summary>An object names another that does not exist.</summary>
    Reference,

    /// <summary>Parameter files and parameter resolution.</summary>
    Parameter,

    /// <summary>Connection catalog and connection resolution.</summary>
    Connection,

    /// <summary>Semantic validation of session settings.</summary>
    Semantic,

    /// <summary>A construct with no exact Spark equivalent.</summary>
    Compatibility,

    /// <summary>Secrets and other security findings.</summary>
    Security,

    /// <summary>Decisions and gaps of conversion.</summary>
    Conversion,
}

/// <summary>One diagnostic code: its identity, default severity, category and a short title for reports.</summary>
public sealed record DiagnosticDescriptor(string Code, Severity DefaultSeverity, DiagnosticCategory Category, string Title)
{
    public Diagnostic Create(string message, SourceLocation location) => new(Code, DefaultSeverity, message, location);

    public Diagnostic Create(Severity severity, string message, SourceLocation location) => new(Code, severity, message, location);
}
