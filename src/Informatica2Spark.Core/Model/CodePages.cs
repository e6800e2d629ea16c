namespace Informatica2Spark.Core.Model;

/// <summary>
/// A PowerCenter code page (the names repositories, flat file definitions and parameter files use: <c>MS1252</c>,
/// <c>Latin1</c>, <c>UTF-8</c>, <c>IBM037</c>...) with the Java charset Spark reads and writes it with and the .NET
/// encoding name i2s decodes it with. <see cref="AsciiCompatible"/>: line breaks and spaces are the ASCII bytes.
/// </summary>
public sealed record CodePage(string Name, string JavaCharset, string DotNetName, bool AsciiCompatible);

/// <summary>The code pages i2s knows by PowerCenter name (Administrator Guide: Code Pages), one table for every use.</summary>
public static class CodePages
{
    private static readonly Dictionary<string, CodePage> Known = new CodePage[]
    {
        new("UTF-8", "UTF-8", "utf-8", true),
        new("US-ASCII", "US-ASCII", "us-ascii", true),
        new("Latin1", "ISO-8859-1", "iso-8859-1", true),
        new("ISO-8859-1", "ISO-8859-1", "iso-8859-1", true),
        new("Latin9", "ISO-8859-15", "iso-8859-15", true),
        new("ISO-8859-15", "ISO-8859-15", "iso-8859-15", true),
        new("ISO-8859-2", "ISO-8859-2", "iso-8859-2", true),
        new("ISO-8859-5", "ISO-8859-5", "iso-8859-5", true),
        new("ISO-8859-7", "ISO-8859-7", "iso-8859-7", true),
        new("ISO-8859-9", "ISO-8859-9", "iso-8859-9", true),
        new("MS1250", "windows-1250", "windows-1250", true),
        new("MS1251", "windows-1251", "windows-1251", true),
        new("MS1252", "windows-1252", "windows-1252", true),
        new("MS1253", "windows-1253", "windows-1253", true),
        new("MS1254", "windows-1254", "windows-1254", true),
        new("MS1255", "windows-1255", "windows-1255", true),
        new("MS1256", "windows-1256", "windows-1256", true),
        new("MS1257", "windows-1257", "windows-1257", true),
        new("MS1258", "windows-1258", "windows-1258", true),
        new("MS874", "x-windows-874", "windows-874", true),
        new("MS932", "windows-31j", "shift_jis", true),
        new("MS936", "GBK", "gb2312", true),
        new("MS949", "x-windows-949", "ks_c_5601-1987", true),
        new("MS950", "x-windows-950", "big5", true),
        new("JapanEUC", "EUC-JP", "euc-jp", true),
        new("UTF-16BE", "UTF-16BE", "utf-16BE", false),
        new("UTF-16LE", "UTF-16LE", "utf-16", false),
        new("UTF-16", "UTF-16", "utf-16", false),
        new("IBM037", "IBM037", "IBM037", false),
        new("IBM500", "IBM500", "IBM500", false),
        new("IBM1047", "IBM1047", "IBM01047", false),
    }.ToDictionary(c => c.Name, StringComparer.OrdinalIgnoreCase);

    /// <summary>The code page of a PowerCenter name, or null when i2s does not know it.</summary>
    public static CodePage? Find(string name) => Known.GetValueOrDefault(name.Trim());
}
