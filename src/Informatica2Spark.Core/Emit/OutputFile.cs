using System.Buffers;
using System.Security.Cryptography;
using System.Text;

namespace Informatica2Spark.Core.Emit;

/// <summary>
/// One generated file: its path relative to the output directory (forward slashes) and its exact bytes.
/// Text is UTF-8 without BOM and LF line endings, so two runs over the same input are byte-identical.
/// </summary>
public sealed record OutputFile(string RelativePath, byte[] Content)
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>A text file: <paramref name="text"/> with CRLF line endings made LF, in UTF-8.</summary>
    public static OutputFile Text(string relativePath, string text) =>
        new(relativePath, Utf8NoBom.GetBytes(text.Replace("\r\n", "\n", StringComparison.Ordinal)));

    /// <summary>
    /// A text file from the text in <paramref name="text"/>, encoded as <see cref="Text(string, string)"/> does without
    /// making a string of it first; the builder's CRLF line endings are made LF in place.
    /// </summary>
    public static OutputFile Text(string relativePath, StringBuilder text)
    {
        text.Replace("\r\n", "\n");
        var chars = ArrayPool<char>.Shared.Rent(text.Length);
        try
        {
            var span = chars.AsSpan(0, text.Length);
            text.CopyTo(0, span, text.Length);
            var bytes = new byte[Utf8NoBom.GetByteCount(span)];
            Utf8NoBom.GetBytes(span, bytes);
            return new(relativePath, bytes);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    /// <summary>Lower-case hex SHA-256 of the content.</summary>
    public string Sha256() => Convert.ToHexStringLower(SHA256.HashData(Content));
}
