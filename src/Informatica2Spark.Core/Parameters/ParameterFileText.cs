using Informatica2Spark.Core.Model;
using System.Text;
using Informatica2Spark.Core.Diagnostics;

namespace Informatica2Spark.Core.Parameters;

/// <summary>
/// Decodes the bytes of a parameter file. "The Integration Service interprets the data in the parameter file using
/// the Integration Service code page" (Designer Guide, Mapping Parameters and Variables: Code Page Relaxation), and
/// that code page is a subset of the repository's (Administrator Guide, Code Page Compatibility): so a file is read
/// in the code page the user names (<c>--param-encoding</c>), else the repository code page of the export
/// (<c>REPOSITORY CODEPAGE</c>), else UTF-8. A byte order mark wins over both. Bytes the code page cannot decode
/// are a located warning (I2S0312) and become U+FFFD; a file read in a single-byte code page whose non-ASCII bytes
/// are all well-formed UTF-8 is a warning too, because headings and values would not match the export's names.
/// </summary>
public static class ParameterFileText
{
    static ParameterFileText() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>The text of the file and what decoding found.</summary>
    /// <param name="bytes">The file as read.</param>
    /// <param name="encoding">The code page to read it in when it has no byte order mark.</param>
    /// <param name="displayName">The file as the user named it, for locations.</param>
    public static (string Text, IReadOnlyList<Diagnostic> Diagnostics) Decode(byte[] bytes, Encoding encoding, string displayName)
    {
        var diagnostics = new List<Diagnostic>();
        var (chosen, skip) = ByteOrderMark(bytes) ?? (encoding, 0);
        var strict = Encoding.GetEncoding(chosen.CodePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        var lenient = Encoding.GetEncoding(chosen.CodePage, EncoderFallback.ReplacementFallback, new DecoderReplacementFallback("\uFFFD"));
        var text = new StringBuilder(bytes.Length);
        var newline = strict.GetBytes("\n");
        var line = 1;
        var start = skip;
        while (start < bytes.Length || (start == skip && bytes.Length == skip))
        {
            var end = LineEnd(bytes, start, newline);
            var length = (end < 0 ? bytes.Length : end) - start;
            try
            {
                text.Append(strict.GetString(bytes, start, length));
            }
            catch (DecoderFallbackException)
            {
                var decoded = lenient.GetString(bytes, start, length);
                diagnostics.Add(DiagnosticCodes.ParameterFileUndecodable.Create(
                    $"bytes that are not {chosen.WebName} were replaced by U+FFFD: name the file's code page with --param-encoding",
                    new SourceLocation(displayName, line, decoded.IndexOf('\uFFFD', StringComparison.Ordinal) + 1)));
                text.Append(decoded);
            }

            if (end < 0)
            {
                break;
            }

            start = end;
            line++;
        }

        if (chosen.IsSingleByte && LooksLikeUtf8(bytes, skip) is { } first)
        {
            diagnostics.Add(DiagnosticCodes.ParameterFileUndecodable.Create(
                $"the file reads as UTF-8 but is decoded as {chosen.WebName} (the repository's code page or --param-encoding): accented names would not match; give --param-encoding utf-8 if the file is UTF-8",
                new SourceLocation(displayName, first.Line, first.Column)));
        }

        return (text.ToString(), diagnostics);
    }

    /// <summary>
    /// The .NET encoding of a PowerCenter code page name as repositories and flat files give it (<c>MS1252</c>,
    /// <c>Latin1</c>, <c>ISO-8859-1</c>, <c>UTF-8</c>, <c>UTF-16LE</c>, <c>MS932</c>...), or of an IANA or Windows name
    /// or number; null when it is not known.
    /// </summary>
    public static Encoding? EncodingOf(string? codePage)
    {
        if (string.IsNullOrWhiteSpace(codePage))
        {
            return null;
        }

        var name = codePage.Trim();
        var upper = name.ToUpperInvariant();
        var mapped = CodePages.Find(name)?.DotNetName ?? upper switch
        {
            "UTF8" => "utf-8",
            "ISO8859_1" or "ISO_8859_1" => "iso-8859-1",
            "ASCII" => "us-ascii",
            "UTF16LE" => "utf-16",
            "UTF16BE" => "utf-16BE",
            _ when upper.StartsWith("MS", StringComparison.Ordinal) && int.TryParse(upper[2..], out var number) => number.ToString(System.Globalization.CultureInfo.InvariantCulture),
            _ => name,
        };
        try
        {
            return int.TryParse(mapped, out var page) ? Encoding.GetEncoding(page) : Encoding.GetEncoding(mapped);
        }
        catch (ArgumentException)
        {
            return null;
        }
        catch (NotSupportedException)
        {
            return null;
        }
    }

    /// <summary>
    /// Where the line that starts at <paramref name="start"/> ends, just after its newline (<paramref name="newline"/>,
    /// the code page's bytes of U+000A: one byte in ASCII-compatible code pages, a whole code unit in UTF-16 and UTF-32,
    /// searched at code unit boundaries only); -1 on the last line.
    /// </summary>
    private static int LineEnd(byte[] bytes, int start, byte[] newline)
    {
        for (var i = start; i + newline.Length <= bytes.Length; i += newline.Length == 1 ? 1 : newline.Length)
        {
            if (bytes.AsSpan(i, newline.Length).SequenceEqual(newline))
            {
                return i + newline.Length;
            }
        }

        return -1;
    }

    private static (Encoding, int)? ByteOrderMark(byte[] bytes) =>
        bytes is [0xEF, 0xBB, 0xBF, ..] ? (new UTF8Encoding(false), 3)
        : bytes is [0xFF, 0xFE, ..] ? (Encoding.Unicode, 2)
        : bytes is [0xFE, 0xFF, ..] ? (Encoding.BigEndianUnicode, 2)
        : null;

    /// <summary>The line and column of the first non-ASCII character when every non-ASCII byte is part of a well-formed multi-byte UTF-8 sequence; else null.</summary>
    private static (int Line, int Column)? LooksLikeUtf8(byte[] bytes, int skip)
    {
        (int, int)? first = null;
        int line = 1, column = 1;
        for (var i = skip; i < bytes.Length;)
        {
            var b = bytes[i];
            if (b < 0x80)
            {
                (line, column) = b == '\n' ? (line + 1, 1) : (line, column + 1);
                i++;
                continue;
            }

            var length = b >= 0xC2 && b <= 0xDF ? 2 : b >= 0xE0 && b <= 0xEF ? 3 : b >= 0xF0 && b <= 0xF4 ? 4 : 0;
            if (length == 0 || i + length > bytes.Length)
            {
                return null;
            }

            for (var k = 1; k < length; k++)
            {
                if (bytes[i + k] is < 0x80 or > 0xBF)
                {
                    return null;
                }
            }

            first ??= (line, column);
            column++;
            i += length;
        }

        return first;
    }
}
