namespace Informatica2Spark.Core.Diagnostics;

/// <summary>A finding of any stage: code (<c>I2S</c> + number), severity, message and location.</summary>
public sealed record Diagnostic(string Code, Severity Severity, string Message, SourceLocation Location)
{
    /// <summary>The one-line form: <c>file:line:column: error I2S0101: message [object path]</c>.</summary>
    public override string ToString()
    {
        var position = Location.FilePosition();
        var prefix = position.Length > 0 ? position + ": " : string.Empty;
        var path = Location.ObjectPath is { Length: > 0 } p ? $" [{p}]" : string.Empty;
        return $"{prefix}{SeverityText(Severity)} {Code}: {OneLine(Message)}{path}";
    }

    public static string SeverityText(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "info",
    };

    private static string OneLine(string text) =>
        text.Contains('\n', StringComparison.Ordinal) || text.Contains('\r', StringComparison.Ordinal)
            ? text.Replace("\r\n", " ", StringComparison.Ordinal).Replace('\n', ' ').Replace('\r', ' ')
            : text;
}
