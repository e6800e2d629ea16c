using System.Text.RegularExpressions;
using System.Xml;
using Informatica2Spark.Core.Diagnostics;

namespace Informatica2Spark.Core.Parsing;

/// <summary>Turns an XML parser failure into one plain-English input diagnostic with its position.</summary>
internal static partial class XmlErrorClassifier
{
    private const string RealEncoding = "declare the file's real encoding (exports are UTF-8, ISO-8859-1 or Windows-1252)";

    public static Diagnostic Classify(XmlException error, string path, bool rootOpened)
    {
        var message = LinePositionSuffix().Replace(error.Message, string.Empty).Trim();
        var invalid = InvalidCharacter().Match(message) is { Success: true } match ? Convert.ToInt32(match.Groups[1].Value, 16) : (int?)null;
        var (descriptor, text) = message switch
        {
            _ when message.Contains("Unexpected end of file", StringComparison.OrdinalIgnoreCase) => rootOpened
                ? (DiagnosticCodes.Truncated, "the file ends before the export is complete (truncated?)")
                : (DiagnosticCodes.NotWellFormed, LowerFirst(message)),
            _ when message.Contains("Root element is missing", StringComparison.OrdinalIgnoreCase) => (DiagnosticCodes.EmptyFile, LowerFirst(message)),
            _ when message.Contains("undeclared entity", StringComparison.OrdinalIgnoreCase) => (DiagnosticCodes.EntityRefused,
                "entity references are refused: exports only use the predefined XML entities and character references"),
            _ when message.Contains("MaxCharactersInDocument", StringComparison.OrdinalIgnoreCase)
                || message.Contains("exceeded a limit", StringComparison.OrdinalIgnoreCase) => (DiagnosticCodes.SizeLimitExceeded,
                "the document exceeds the size limit for one export"),
            _ when message.Contains("byte order mark", StringComparison.OrdinalIgnoreCase) => (DiagnosticCodes.EncodingError,
                "the file declares a UTF-16 or UTF-32 encoding but does not start with its byte order mark: " + RealEncoding),
            _ when invalid == 0 => (DiagnosticCodes.BinaryContent, "binary content (character 0x00): this is not an XML export"),
            _ when invalid is < 0x20 => (DiagnosticCodes.NotWellFormed, $"the control character 0x{invalid:X2} is not allowed in XML"),
            _ when invalid is not null => (DiagnosticCodes.EncodingError,
                "the text holds an unpaired UTF-16 surrogate, invalid in the declared encoding: " + RealEncoding),
            _ when message.Contains("encoding", StringComparison.OrdinalIgnoreCase) => (DiagnosticCodes.EncodingError,
                "bytes invalid for the declared encoding: " + RealEncoding),
            _ when message.Contains("DTD", StringComparison.Ordinal) => (DiagnosticCodes.DtdRefused, LowerFirst(message)),
            _ => (DiagnosticCodes.NotWellFormed, LowerFirst(message)),
        };
        // An error before the first line is read (the encoding of the declaration) is located at the declaration.
        return descriptor.Create(text, error.LineNumber > 0
            ? new SourceLocation(path, error.LineNumber, error.LinePosition)
            : new SourceLocation(path, 1, 1));
    }

    private static string LowerFirst(string text) =>
        text.Length > 1 && char.IsUpper(text[0]) && !char.IsUpper(text[1]) ? char.ToLowerInvariant(text[0]) + text[1..] : text;

    [GeneratedRegex(@"\s*Line \d+, position \d+\.?\s*$")]
    private static partial Regex LinePositionSuffix();

    /// <summary>System.Xml's "'x', hexadecimal value 0x41, is an invalid character": the value, in hexadecimal.</summary>
    [GeneratedRegex(@"hexadecimal value 0x([0-9A-Fa-f]+), is an invalid character")]
    private static partial Regex InvalidCharacter();
}
