using System.Runtime.CompilerServices;

namespace Informatica2Spark.Core.Diagnostics;

/// <summary>A finding of any stage: code (<c>I2S</c> + number), severity, message and location.</summary>
public sealed record Diagnostic(string Code, Severity Severity, string Message, SourceLocation Location)
{
    /// <summary>The one-line form: <c>file:line:column: error I2S0101: message [object path]</c>.</summary>
    public override string ToString()
    {
        // One string built in one buffer: a run formats tens of thousands of these.
        var text = new DefaultInterpolatedStringHandler(16, 8);
        if (Location.File is { } file && (file.Length > 0 || Location.Line > 0))
        {
            text.AppendFormatted(file);
            if (Location.Line > 0)
            {
                text.AppendLiteral(":");
                text.AppendFormatted(Location.Line);
                if (Location.Column > 0)
                {
                    text.AppendLiteral(":");
                    text.AppendFormatted(Location.Column);
                }
            }

            text.AppendLiteral(": ");
        }

        text.AppendLiteral(SeverityText(Severity));
        text.AppendLiteral(" ");
        text.AppendFormatted(Code);
        text.AppendLiteral(": ");
        text.AppendFormatted(OneLine(Message));
        if (Location.ObjectPath is { Length: > 0 } path)
        {
            text.AppendLiteral(" [");
            text.AppendFormatted(path);
            text.AppendLiteral("]");
        }

        return text.ToStringAndClear();
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
