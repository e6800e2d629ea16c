namespace Informatica2Spark.Core.Conversion;

/// <summary>
/// A flat file's code page (<c>FLATFILE CODEPAGE</c>, PowerCenter's code page name) as the Java charset Spark decodes
/// and encodes it with (the CSV source's <c>encoding</c> option; <c>decode</c>/<c>encode</c> for fixed-width files).
/// PowerCenter reads and writes a file in the code page of its definition (Administrator Guide, "PowerCenter Source
/// Code Page": "Flat files and VSAM files. The code page of the data in the file").
/// </summary>
internal static class FileCodePages
{
    /// <summary>A Java charset; <paramref name="AsciiCompatible"/>: line breaks and spaces are the ASCII bytes, so Spark's line reader splits it.</summary>
    public sealed record Charset(string Name, bool AsciiCompatible);

    private static readonly Dictionary<string, Charset> Known = new(StringComparer.OrdinalIgnoreCase)
    {
        ["UTF-8"] = new("UTF-8", true),
        ["US-ASCII"] = new("US-ASCII", true),
        ["Latin1"] = new("ISO-8859-1", true),
        ["ISO-8859-1"] = new("ISO-8859-1", true),
        ["Latin9"] = new("ISO-8859-15", true),
        ["ISO-8859-15"] = new("ISO-8859-15", true),
        ["ISO-8859-2"] = new("ISO-8859-2", true),
        ["ISO-8859-5"] = new("ISO-8859-5", true),
        ["ISO-8859-7"] = new("ISO-8859-7", true),
        ["ISO-8859-9"] = new("ISO-8859-9", true),
        ["MS1250"] = new("windows-1250", true),
        ["MS1251"] = new("windows-1251", true),
        ["MS1252"] = new("windows-1252", true),
        ["MS1253"] = new("windows-1253", true),
        ["MS1254"] = new("windows-1254", true),
        ["MS1255"] = new("windows-1255", true),
        ["MS1256"] = new("windows-1256", true),
        ["MS1257"] = new("windows-1257", true),
        ["MS1258"] = new("windows-1258", true),
        ["MS874"] = new("x-windows-874", true),
        ["MS932"] = new("windows-31j", true),
        ["MS936"] = new("GBK", true),
        ["MS949"] = new("x-windows-949", true),
        ["MS950"] = new("x-windows-950", true),
        ["JapanEUC"] = new("EUC-JP", true),
        ["UTF-16BE"] = new("UTF-16BE", false),
        ["UTF-16LE"] = new("UTF-16LE", false),
        ["UTF-16"] = new("UTF-16", false),
        ["IBM037"] = new("IBM037", false),
        ["IBM500"] = new("IBM500", false),
        ["IBM1047"] = new("IBM1047", false),
    };

    /// <summary>The charset of a PowerCenter code page name, or null when i2s does not know it.</summary>
    public static Charset? Of(string codePage) => Known.GetValueOrDefault(codePage.Trim());
}
