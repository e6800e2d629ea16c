using Informatica2Spark.Core.Model;

namespace Informatica2Spark.Core.Conversion;

/// <summary>
/// A flat file's code page (<c>FLATFILE CODEPAGE</c>, PowerCenter's code page name) as the Java charset Spark decodes
/// and encodes it with (the CSV source's <c>encoding</c> option; <c>decode</c>/<c>encode</c> for fixed-width files).
/// PowerCenter reads and writes a file in the code page of its definition (Administrator Guide, "PowerCenter Source
/// Code Page": "Flat files and VSAM files. The code page of the data in the file"). The names are <see cref="CodePages"/>'.
/// </summary>
internal static class FileCodePages
{
    /// <summary>A Java charset; <paramref name="AsciiCompatible"/>: line breaks and spaces are the ASCII bytes, so Spark's line reader splits it.</summary>
    public sealed record Charset(string Name, bool AsciiCompatible);

    /// <summary>The charset of a PowerCenter code page name, or null when i2s does not know it.</summary>
    public static Charset? Of(string codePage) => CodePages.Find(codePage) is { } page ? new Charset(page.JavaCharset, page.AsciiCompatible) : null;
}
