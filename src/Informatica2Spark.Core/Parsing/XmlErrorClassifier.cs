using System.Text.RegularExpressions;
using System.Xml;
using Informatica2Spark.Core.Diagnostics;

namespace Informatica2Spark.Core.Parsing;

/// <summary>Turns an XML parser failure into one plain-English input diagnostic with its position.</summary>
internal static partial class XmlErrorClassifier
{
    public static Diagnostic Classify(XmlException error, string path, bool rootOpened)
    {
        var message = LinePositionSuffix().Replace(error.Message, string.Empty).Trim();
        var descriptor = message switch
        {
            _ when message.Contains("Unexpected end of file", StringComparison.OrdinalIgnoreCase) =>
                rootOpened ? DiagnosticCodes.Truncated : DiagnosticCodes.NotWellFormed,
            _ when message.Contains("Root element is missing", StringComparison.OrdinalIgnoreCase) => DiagnosticCodes.EmptyFile,
            _ when message.Contains("undeclared entity", StringComparison.OrdinalIgnoreCase) => DiagnosticCodes.EntityRefused,
            _ when message.Contains("MaxCharactersInDocument", StringComparison.OrdinalIgnoreCase)
                || message.Contains("exceeded a limit", StringComparison.OrdinalIgnoreCase) => DiagnosticCodes.SizeLimitExceeded,
            _ when message.Contains("0x00", StringComparison.Ordinal) => DiagnosticCodes.BinaryContent,
            _ when message.Contains("encoding", StringComparison.OrdinalIgnoreCase) => DiagnosticCodes.EncodingError,
            _ when message.Contains("DTD", StringComparison.Ordinal) => DiagnosticCodes.DtdRefused,
            _ => DiagnosticCodes.NotWellFormed,
        };

        var text = descriptor == DiagnosticCodes.Truncated
            ? "the file ends before the export is complete (truncated?)"
            : descriptor == DiagnosticCodes.EntityRefused
                ? "entity references are refused: exports only use the predefined XML entities and character references"
                : descriptor == DiagnosticCodes.EncodingError
                    ? "bytes invalid for the declared encoding: declare the file's real encoding (exports are UTF-8, ISO-8859-1 or Windows-1252)"
                : descriptor == DiagnosticCodes.SizeLimitExceeded
                    ? "the document exceeds the size limit for one export"
                    : LowerFirst(message);
        return descriptor.Create(text, new SourceLocation(path, error.LineNumber, error.LinePosition));
    }

    private static string LowerFirst(string text) =>
        text.Length > 1 && char.IsUpper(text[0]) && !char.IsUpper(text[1]) ? char.ToLowerInvariant(text[0]) + text[1..] : text;

    [GeneratedRegex(@"\s*Line \d+, position \d+\.?\s*$")]
    private static partial Regex LinePositionSuffix();
}
