using System.Globalization;
using System.Text;
using Informatica2Spark.Core.Model;

namespace Informatica2Spark.Core.Conversion;

/// <summary>
/// A delimited flat file's layout (the session's file properties, else its source or target definition) as Spark CSV
/// options (Spark SQL guide, "CSV Files", data source options), with what Spark's CSV source cannot do as refusals:
/// <list type="bullet">
/// <item><c>sep</c>: the delimiters, with PowerCenter's <c>\ooo</c> octal escapes decoded (<c>\011</c> is a tab).
/// Several delimiter characters are a set PowerCenter splits at any one of; with "Treat multiple delimiters as AND"
/// (<c>MULTIDELIMITERSASAND</c>) they are one delimiter, which Spark 3.0 and later accept as a multi-character
/// <c>sep</c>. A target writes the whole string when they are one delimiter, else the first.</item>
/// <item><c>quote</c>: <c>DOUBLE</c> and <c>SINGLE</c>; <c>NONE</c> turns quoting off (an empty <c>quote</c>), where
/// Spark would otherwise treat <c>"</c> as a quote.</item>
/// <item><c>escape</c>: the escape character, when the layout gives one.</item>
/// <item><c>encoding</c>: the file's code page as a Java charset (<see cref="FileCodePages"/>).</item>
/// <item><c>header</c>: a source skips <c>SKIPROWS</c> rows; Spark's <c>header</c> skips exactly one, so more than one is
/// refused. A target writes a header row when the session's Header Options say so.</item>
/// <item>Writes keep leading and trailing spaces (<c>ignoreLeadingWhiteSpace</c>, <c>ignoreTrailingWhiteSpace</c>
/// false: Spark trims them by default when writing) and write empty strings as nothing (<c>emptyValue</c>), as
/// PowerCenter does.</item>
/// </list>
/// "Consecutive delimiters as one" has no Spark option and is refused.
/// </summary>
internal static class CsvLayout
{
    private const string Why = "from the file's layout";

    /// <summary>Options to read a delimited source, and what Spark cannot read as PowerCenter does.</summary>
    public static (IReadOnlyList<JobOption> Options, IReadOnlyList<string> Refusals) Read(FlatFileSettings layout)
    {
        var options = new List<JobOption>();
        var refusals = new List<string>();
        var delimiters = Decode(layout.Delimiters ?? ",");
        if (delimiters.Length > 1 && !DelimitersAsOne(layout))
        {
            refusals.Add($"it splits fields at any of {delimiters.Length} delimiter characters ({Shown(delimiters)}); Spark's CSV source takes one separator");
        }
        else if (delimiters.Length > 0)
        {
            options.Add(new JobOption("sep", delimiters, null, Why));
        }

        if (layout.ConsecutiveDelimitersAsOne)
        {
            refusals.Add("it treats consecutive delimiters as one, which Spark's CSV source cannot do");
        }

        options.AddRange(Quoting(layout));
        Encoding(layout, options, refusals);
        switch (layout.SkipRows)
        {
            case 0:
                options.Add(new JobOption("header", "false", null, "the file has no header row to skip"));
                break;
            case 1:
                options.Add(new JobOption("header", "true", null, "PowerCenter skips the file's first row; Spark skips one header line"));
                break;
            default:
                refusals.Add($"PowerCenter skips the file's first {layout.SkipRows} rows; Spark's CSV source skips one header line only");
                break;
        }

        return (options, refusals);
    }

    /// <summary>Options to write a delimited target, and what Spark cannot write as PowerCenter does.</summary>
    public static (IReadOnlyList<JobOption> Options, IReadOnlyList<string> Refusals) Write(FlatFileSettings layout, bool header, string headerWhy)
    {
        var options = new List<JobOption>();
        var refusals = new List<string>();
        var delimiters = Decode(layout.Delimiters ?? ",");
        if (delimiters.Length > 0)
        {
            options.Add(new JobOption("sep", DelimitersAsOne(layout) ? delimiters : delimiters[..1], null, Why));
        }

        options.AddRange(Quoting(layout));
        if (QuoteOf(layout) is null)
        {
            options.Add(new JobOption("escapeQuotes", "false", null, "the layout quotes nothing: values are written as they are"));
        }

        Encoding(layout, options, refusals);
        options.Add(new JobOption("header", header ? "true" : "false", null, headerWhy));
        options.Add(new JobOption("ignoreLeadingWhiteSpace", "false", null, "PowerCenter writes values with their spaces; Spark trims them by default"));
        options.Add(new JobOption("ignoreTrailingWhiteSpace", "false", null, "PowerCenter writes values with their spaces; Spark trims them by default"));
        options.Add(new JobOption("emptyValue", string.Empty, null, "PowerCenter writes an empty string as nothing; Spark writes \"\" by default"));
        return (options, refusals);
    }

    /// <summary>
    /// PowerCenter's delimiter text with its escapes decoded: <c>\ooo</c> (three octal digits) is that character, as
    /// exports write non-printing delimiters (a tab is <c>\011</c>); any other text is taken as it is.
    /// </summary>
    public static string Decode(string text)
    {
        var decoded = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\' && IsOctal(text, i + 1))
            {
                decoded.Append((char)Convert.ToInt32(text.Substring(i + 1, 3), 8));
                i += 3;
            }
            else
            {
                decoded.Append(text[i]);
            }
        }

        return decoded.ToString();
    }

    private static bool IsOctal(string text, int start) =>
        start + 3 <= text.Length && text.Substring(start, 3).All(c => c is >= '0' and <= '7');

    private static IEnumerable<JobOption> Quoting(FlatFileSettings layout)
    {
        yield return QuoteOf(layout) is { } quote
            ? new JobOption("quote", quote, null, Why)
            : new JobOption("quote", string.Empty, null, "the layout's quote character is NONE: quoting is off");
        if (layout.EscapeCharacter is { Length: > 0 } escape)
        {
            yield return new JobOption("escape", Decode(escape)[..1], null, Why);
        }
    }

    /// <summary>The quote character, or null for NONE.</summary>
    private static string? QuoteOf(FlatFileSettings layout) => layout.QuoteCharacter?.ToUpperInvariant() switch
    {
        null or "" or "NONE" => null,
        "DOUBLE" => "\"",
        "SINGLE" => "'",
        _ => Decode(layout.QuoteCharacter)[..1],
    };

    private static void Encoding(FlatFileSettings layout, List<JobOption> options, List<string> refusals)
    {
        if (layout.CodePage is not { } codePage)
        {
            return;
        }

        if (FileCodePages.Of(codePage) is { } charset)
        {
            options.Add(new JobOption("encoding", charset.Name, null, $"the file's code page {codePage}"));
        }
        else
        {
            refusals.Add($"its code page '{codePage}' has no known Java charset");
        }
    }

    private static bool DelimitersAsOne(FlatFileSettings layout) =>
        layout.OtherAttributes.Any(a => a.Name == "MULTIDELIMITERSASAND" && a.Value.Equals("YES", StringComparison.OrdinalIgnoreCase));

    private static string Shown(string delimiters) =>
        string.Join(" ", delimiters.Select(c => char.IsControl(c) || c == ' ' ? string.Create(CultureInfo.InvariantCulture, $"\\{Convert.ToString(c, 8).PadLeft(3, '0')}") : c.ToString()));
}
