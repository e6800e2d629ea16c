using System.Text;
using Informatica2Spark.Core.Diagnostics;

namespace Informatica2Spark.Core.Parsing;

/// <summary>
/// Looks at the bytes before the root element, before any XML parser sees them: refuses empty and binary input and
/// any DOCTYPE with an internal subset or entity declarations (so no entity is ever defined, let alone expanded or
/// fetched), checks the declared encoding, and notes a DOCTYPE that names a DTD other than powrmart.dtd.
/// </summary>
internal static class PrologInspector
{
    /// <summary>How many leading bytes are inspected; a prolog longer than this is read by the XML parser alone.</summary>
    public const int Window = 64 * 1024;

    public sealed record Result(Diagnostic? Fatal, Diagnostic? Note, string? DeclaredEncoding);

    public static Result Inspect(ReadOnlySpan<byte> head, bool endOfInput, string path)
    {
        if (head.Length >= 2 && ((head[0] == 0xFF && head[1] == 0xFE) || (head[0] == 0xFE && head[1] == 0xFF)))
        {
            return new Result(null, null, "UTF-16");
        }

        var start = head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        var text = Encoding.Latin1.GetString(head[start..]);

        if (endOfInput && string.IsNullOrWhiteSpace(text))
        {
            return Fatal(DiagnosticCodes.EmptyFile, "the file is empty: an export starts with <POWERMART>", path, text, 0);
        }

        var control = IndexOfBinary(text);
        if (control >= 0)
        {
            return Fatal(DiagnosticCodes.BinaryContent, $"binary content (byte 0x{(int)text[control]:X2}): this is not an XML export", path, text, control);
        }

        var encoding = DeclaredEncoding(text);
        if (encoding is not null && !IsSupported(encoding))
        {
            return Fatal(DiagnosticCodes.EncodingError, $"unsupported encoding '{encoding}': exports are UTF-8, ISO-8859-1 or Windows-1252", path, text, text.IndexOf("encoding", StringComparison.Ordinal));
        }

        var prologEnd = RootStart(text);
        var prolog = prologEnd >= 0 ? text[..prologEnd] : text;
        var doctype = prolog.IndexOf("<!DOCTYPE", StringComparison.Ordinal);
        var entity = prolog.IndexOf("<!ENTITY", StringComparison.Ordinal);
        if (entity >= 0)
        {
            return Fatal(DiagnosticCodes.DtdRefused, "entity declarations are refused: exports never need them", path, text, entity);
        }

        if (doctype < 0)
        {
            return new Result(null, null, encoding);
        }

        var declaration = DoctypeDeclaration(prolog, doctype);
        if (declaration.Contains('[', StringComparison.Ordinal))
        {
            return Fatal(DiagnosticCodes.DtdRefused, "a DOCTYPE with an internal subset is refused: exports only name powrmart.dtd", path, text, doctype);
        }

        Diagnostic? note = null;
        if (!declaration.Contains("powrmart.dtd", StringComparison.OrdinalIgnoreCase))
        {
            var (line, column) = Position(text, doctype);
            note = DiagnosticCodes.UnexpectedDoctype.Create(
                "the DOCTYPE names a DTD other than powrmart.dtd; it is ignored and never fetched",
                new SourceLocation(path, line, column));
        }

        return new Result(null, note, encoding);
    }

    private static Result Fatal(DiagnosticDescriptor descriptor, string message, string path, string text, int index)
    {
        var (line, column) = Position(text, Math.Max(index, 0));
        return new Result(descriptor.Create(message, new SourceLocation(path, line, column)), null, null);
    }

    private static (int Line, int Column) Position(string text, int index)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < index && i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return (line, index - lineStart + 1);
    }

    private static int IndexOfBinary(string text)
    {
        for (var i = 0; i < text.Length && i < 4096; i++)
        {
            var c = text[i];
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
            {
                return i;
            }
        }

        return -1;
    }

    private static string? DeclaredEncoding(string text)
    {
        if (!text.StartsWith("<?xml", StringComparison.Ordinal))
        {
            return null;
        }

        var end = text.IndexOf("?>", StringComparison.Ordinal);
        var declaration = end > 0 ? text[..end] : text;
        var at = declaration.IndexOf("encoding", StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }

        var quote = declaration.IndexOfAny(['"', '\''], at);
        if (quote < 0)
        {
            return null;
        }

        var close = declaration.IndexOf(declaration[quote], quote + 1);
        return close > quote ? declaration[(quote + 1)..close] : null;
    }

    /// <summary>Whether .NET reads the encoding (UTF-7 is known to it but disabled: NotSupportedException).</summary>
    private static bool IsSupported(string encoding)
    {
        try
        {
            _ = Encoding.GetEncoding(encoding);
            return true;
        }
        catch (Exception error) when (error is ArgumentException or NotSupportedException)
        {
            return false;
        }
    }

    /// <summary>Index of the root element's '&lt;', skipping the declaration, comments, PIs and the DOCTYPE.</summary>
    private static int RootStart(string text)
    {
        var i = 0;
        while (true)
        {
            i = text.IndexOf('<', i);
            if (i < 0 || i + 1 >= text.Length)
            {
                return -1;
            }

            if (text.AsSpan(i).StartsWith("<!--"))
            {
                var end = text.IndexOf("-->", i + 4, StringComparison.Ordinal);
                if (end < 0) return -1;
                i = end + 3;
            }
            else if (text[i + 1] == '?')
            {
                var end = text.IndexOf("?>", i + 2, StringComparison.Ordinal);
                if (end < 0) return -1;
                i = end + 2;
            }
            else if (text[i + 1] == '!')
            {
                i += DoctypeDeclaration(text, i).Length;
            }
            else
            {
                return i;
            }
        }
    }

    /// <summary>The markup declaration starting at <paramref name="start"/> up to its closing '&gt;', quotes and brackets honoured.</summary>
    private static string DoctypeDeclaration(string text, int start)
    {
        char? quote = null;
        var brackets = 0;
        for (var i = start + 2; i < text.Length; i++)
        {
            var c = text[i];
            if (quote is not null)
            {
                if (c == quote) quote = null;
            }
            else if (c is '"' or '\'')
            {
                quote = c;
            }
            else if (c == '[')
            {
                brackets++;
            }
            else if (c == ']')
            {
                brackets--;
            }
            else if (c == '>' && brackets <= 0)
            {
                return text[start..(i + 1)];
            }
        }

        return text[start..];
    }
}
