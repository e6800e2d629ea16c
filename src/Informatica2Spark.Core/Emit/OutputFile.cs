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

    public static OutputFile Text(string relativePath, string text) =>
        new(relativePath, Utf8NoBom.GetBytes(text.Replace("\r\n", "\n", StringComparison.Ordinal)));

    /// <summary>Lower-case hex SHA-256 of the content.</summary>
    public string Sha256() => Convert.ToHexStringLower(SHA256.HashData(Content));
}
