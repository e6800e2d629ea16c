using Informatica2Spark.Core.Model;

namespace Informatica2Spark.Core.Conversion;

/// <summary>A flat file's layout (its source or target definition) as Spark CSV options: delimiter, quote, escape, header.</summary>
internal static class CsvLayout
{
    private const string Why = "from the definition's flat-file layout";

    public static IEnumerable<JobOption> Options(FlatFileSettings layout, bool header, string headerWhy)
    {
        if (layout.Delimiters is { Length: > 0 } delimiters)
        {
            yield return new JobOption("sep", delimiters[..1], null, Why);
        }

        if (layout.QuoteCharacter is { Length: > 0 } quote && !quote.Equals("NONE", StringComparison.OrdinalIgnoreCase))
        {
            yield return new JobOption("quote", quote.Equals("DOUBLE", StringComparison.OrdinalIgnoreCase) ? "\"" : quote.Equals("SINGLE", StringComparison.OrdinalIgnoreCase) ? "'" : quote[..1], null, Why);
        }

        if (layout.EscapeCharacter is { Length: > 0 } escape)
        {
            yield return new JobOption("escape", escape[..1], null, Why);
        }

        yield return new JobOption("header", header ? "true" : "false", null, headerWhy);
    }
}
