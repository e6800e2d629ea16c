using System.Diagnostics;
using System.Text;
using Informatica2Spark.Core.Parsing;
using Informatica2Spark.Testing;
using Xunit;

namespace Informatica2Spark.Core.Tests.Parsing;

/// <summary>
/// One value longer than the limit (16 Mi characters by default) is refused with I2S0012 at its first character,
/// whatever it is (attribute value, text, CDATA, comment, processing instruction) and however the file is encoded,
/// before the reader holds more of it: an export with a billion-character attribute is one located error, not an
/// out-of-memory crash.
/// </summary>
public sealed class ValueLengthLimitTests
{
    private const string Head = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<POWERMART>\n<REPOSITORY NAME=\"R\">\n";

    [Fact]
    public void A_billion_character_attribute_is_refused_at_its_start_after_reading_little_of_it()
    {
        var prefix = Head + "<FOLDER NAME=\"F\" DESCRIPTION=\"";
        using var stream = new RepeatedStream(Encoding.UTF8.GetBytes(prefix), "a"u8.ToArray(), 1_100_000_000, Encoding.UTF8.GetBytes("\"/></REPOSITORY></POWERMART>"));
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();

        var outcome = ExportReader.Read(stream, "huge.xml", NullSink.Instance);

        var diagnostic = Assert.Single(outcome.Diagnostics);
        Assert.Equal(
            "huge.xml:4:31: error I2S0012: an attribute value here is longer than 16777216 characters as written (an entity reference such as &amp; counts as written), the limit for one value; real exports stay far below this",
            diagnostic.ToString());
        Assert.False(outcome.IsReadable);
        Assert.InRange(stream.BytesRead, 16L << 20, 17L << 20);
        Assert.InRange(GC.GetAllocatedBytesForCurrentThread() - allocated, 0, 400L << 20);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"took {clock.Elapsed}");
    }

    [Theory]
    [InlineData("<FOLDER NAME=\"F\" DESCRIPTION='", "x", "'/>", 4, 31, "an attribute value")]
    [InlineData("<FOLDER NAME=\"F\">\n  <SOURCE NAME=\"S\" DESCRIPTION=\"a\nb\" DATABASETYPE=\"", "x", "\"/></FOLDER>", 6, 18, "an attribute value")]
    [InlineData("<FOLDER NAME=\"F\"><DESCRIPTION>", "x", "</DESCRIPTION></FOLDER>", 4, 31, "a text")]
    [InlineData("<FOLDER NAME=\"F\"><![CDATA[", "x", "]]></FOLDER>", 4, 27, "a CDATA section")]
    [InlineData("<FOLDER NAME=\"F\"><!-- ", "-", " --></FOLDER>", 4, 22, "a comment")]
    [InlineData("<FOLDER NAME=\"F\"><?pi ", "?", "?></FOLDER>", 4, 19, "a processing instruction")]
    [InlineData("<FOLDER NAME=\"F\" ", "A", "=\"x\"/>", 4, 17, "a tag")]
    [InlineData("<FOLDER NAME=\"F\" DESCRIPTION=\"&amp;", "&amp;", "\"/>", 4, 31, "an attribute value")]
    // Characters that are markup elsewhere count as any other inside a value, text or tag; after a line break the
    // column restarts.
    [InlineData("<FOLDER NAME=\"F\" DESCRIPTION=\"", "-?![]>'", "\"/>", 4, 31, "an attribute value")]
    [InlineData("<FOLDER NAME=\"F\" DESCRIPTION='", "-?![]>\"", "'/>", 4, 31, "an attribute value")]
    [InlineData("<FOLDER NAME=\"F\"><DESCRIPTION>", "-?![]>'\"", "</DESCRIPTION></FOLDER>", 4, 31, "a text")]
    [InlineData("<FOLDER NAME=\"F\"><DESCRIPTION>\r\nab", "-?!\r\n", "</DESCRIPTION></FOLDER>", 4, 31, "a text")]
    [InlineData("<FOLDER NAME=\"F\"><!-- ", "<'\"?!-[", " --></FOLDER>", 4, 22, "a comment")]
    [InlineData("<FOLDER NAME=\"F\"><![CDATA[", "]>-<'\"", "]]></FOLDER>", 4, 27, "a CDATA section")]
    public void Every_kind_of_value_is_bounded_and_located(string before, string repeated, string after, int line, int column, string kind)
    {
        var outcome = ReadWithLimit(Encoding.UTF8, Head + before, repeated, 101, after, 100);

        var diagnostic = Assert.Single(outcome.Diagnostics);
        Assert.Equal(("I2S0012", line, column), (diagnostic.Code, diagnostic.Location.Line, diagnostic.Location.Column));
        Assert.StartsWith(kind + " here is longer than 100 characters", diagnostic.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("utf-8")]
    [InlineData("utf-16LE")]
    [InlineData("utf-16BE")]
    [InlineData("utf-32LE")]
    public void The_limit_counts_characters_in_every_encoding(string encodingName)
    {
        var encoding = Encoding.GetEncoding(encodingName);
        var head = Head.Replace("UTF-8", encodingName.StartsWith("utf-8", StringComparison.Ordinal) ? "UTF-8" : encodingName[..6].ToUpperInvariant(), StringComparison.Ordinal);
        var before = head + "<FOLDER NAME=\"F\" DESCRIPTION=\"";

        // 50 two-character values (é and a surrogate pair in UTF-16 terms: 1 + 2 characters) then one more character.
        var atLimit = ReadWithLimit(encoding, before, "é😀", 33, "b\"/></REPOSITORY></POWERMART>", 100);
        var overLimit = ReadWithLimit(encoding, before, "é😀", 33, "bc\"/></REPOSITORY></POWERMART>", 100);

        Assert.True(atLimit.IsReadable, string.Join("; ", atLimit.Diagnostics));
        var diagnostic = Assert.Single(overLimit.Diagnostics);
        Assert.Equal(("I2S0012", 4, 31), (diagnostic.Code, diagnostic.Location.Line, diagnostic.Location.Column));
    }

    [Fact]
    public void A_run_of_closing_marks_is_bounded_like_any_other_character()
    {
        // ']' and '?' are held back until they turn out not to close the section; a run of them is still content.
        using var marks = new RepeatedStream(Encoding.UTF8.GetBytes(Head + "<FOLDER NAME=\"F\"><![CDATA["), "]"u8.ToArray(), 50_000_000, Encoding.UTF8.GetBytes("x]]></FOLDER></REPOSITORY></POWERMART>"));
        var cdata = ExportReader.Read(marks, "value.xml", NullSink.Instance, new ExportReaderOptions { MaxValueCharacters = 100, ValidateSchema = false });
        var pi = ReadWithLimit(Encoding.UTF8, Head + "<FOLDER NAME=\"F\"><?pi ", "?", 100_000, "x?></FOLDER></REPOSITORY></POWERMART>", 100);
        var atLimit = ReadWithLimit(Encoding.UTF8, Head + "<FOLDER NAME=\"F\"><![CDATA[", "]", 100, "]]></FOLDER></REPOSITORY></POWERMART>", 100);

        Assert.Equal(("I2S0012", 4, 27), Located(cdata));
        Assert.InRange(marks.BytesRead, 1, 4L << 20);
        Assert.Equal(("I2S0012", 4, 19), Located(pi));
        Assert.True(atLimit.IsReadable, string.Join("; ", atLimit.Diagnostics));
    }

    [Fact]
    public void A_problem_of_the_xml_before_a_value_passes_the_limit_is_reported_as_found()
    {
        // A '<' inside an attribute value, 5,000 characters before the value passes its limit of 10,000: the parser
        // meets it first, as it would without the limit.
        var outcome = ReadWithLimit(Encoding.UTF8, Head + "<FOLDER NAME=\"F\" DESCRIPTION=\"" + new string('x', 5000) + "<", "x", 20_000, "\"/>", 10_000);

        Assert.Equal("I2S0003", Assert.Single(outcome.Diagnostics).Code);
    }

    private static (string, int, int) Located(ExportReadOutcome outcome)
    {
        var diagnostic = Assert.Single(outcome.Diagnostics);
        return (diagnostic.Code, diagnostic.Location.Line, diagnostic.Location.Column);
    }

    [Fact]
    public void Values_at_the_limit_and_markup_around_them_are_read()
    {
        var document = Head + "<!-- c --><?pi x?><FOLDER NAME=\"F\" DESCRIPTION=\"" + new string('x', 100) + "\"><![CDATA[" + new string('y', 100)
            + "]]></FOLDER></REPOSITORY></POWERMART>";

        var outcome = ReadWithLimit(Encoding.UTF8, document, string.Empty, 0, string.Empty, 100);

        Assert.True(outcome.IsReadable, string.Join("; ", outcome.Diagnostics));
    }

    private static ExportReadOutcome ReadWithLimit(Encoding encoding, string before, string repeated, long repetitions, string after, long limit)
    {
        using var stream = new RepeatedStream([.. encoding.GetPreamble(), .. encoding.GetBytes(before)], encoding.GetBytes(repeated), repetitions, encoding.GetBytes(after));
        return ExportReader.Read(stream, "value.xml", NullSink.Instance, new ExportReaderOptions { MaxValueCharacters = limit, ValidateSchema = false });
    }
}
