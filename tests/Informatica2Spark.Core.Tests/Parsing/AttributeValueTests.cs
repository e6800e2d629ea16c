using System.Text;
using System.Xml;
using Informatica2Spark.Core.Model;
using Informatica2Spark.Core.Parsing;
using Xunit;

namespace Informatica2Spark.Core.Tests.Parsing;

/// <summary>
/// The reader copies each attribute value out of the XML reader in chunks and shares frequent short values: what the
/// model holds is exactly what <see cref="XmlReader.Value"/> gives for the attribute (entities expanded, attribute
/// white space normalized, XML 1.0 section 3.3.3), for values of every length, and a short value met twice is one
/// instance.
/// </summary>
public sealed class AttributeValueTests
{
    public static TheoryData<string> Written() =>
    [
        "plain",
        "a&amp;b &lt;c&gt; &quot;q&quot; &apos;s&apos;",
        "line&#10;break&#13;and&#9;tab, written: x\ny\tz\r\nw",
        "&#x20AC; &#8364; \u00e9\u4e2d",
        "   leading and trailing   ",
        new string('v', 255) + "&amp;",
        new string('w', 256),
        new string('l', 70_000) + "&amp;end",
    ];

    [Theory]
    [MemberData(nameof(Written))]
    public void A_value_is_what_the_xml_reader_gives(string written)
    {
        var xml = $"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<POWERMART><REPOSITORY NAME=\"R\"><FOLDER NAME=\"F\"><SOURCE NAME=\"S\" DATABASETYPE=\"Oracle\" DESCRIPTION=\"{written}\"/></FOLDER></REPOSITORY></POWERMART>";

        var source = Read(xml).Folders.Single().Sources.Single();

        Assert.Equal(Expected(xml), source.Description);
    }

    [Fact]
    public void Values_of_every_length_around_the_buffer_are_read_whole()
    {
        var lengths = new[] { 1, 39, 40, 41, 255, 256, 257, 511, 512, 513, 65_535, 65_536, 65_537, 131_073 };
        var xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<POWERMART><REPOSITORY NAME=\"R\"><FOLDER NAME=\"F\">");
        foreach (var (length, index) in lengths.Select((l, i) => (l, i)))
        {
            // A long value before a short one: the buffer given back after a long value still reads the next.
            xml.Append($"<SOURCE NAME=\"S{index}\" DATABASETYPE=\"Oracle\" DESCRIPTION=\"{Value(length, index)}\"/>");
        }

        xml.Append("</FOLDER></REPOSITORY></POWERMART>");

        var sources = Read(xml.ToString()).Folders.Single().Sources;

        Assert.Equal(lengths.Select(Value), sources.Select(s => s.Description));
    }

    [Fact]
    public void A_short_value_met_twice_is_one_instance_and_a_long_one_is_not_held()
    {
        var longValue = new string('o', SharedValues.MaxLength + 1);
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<POWERMART><REPOSITORY NAME=\"R\"><FOLDER NAME=\"F\">"
            + $"<SOURCE NAME=\"A\" DATABASETYPE=\"Oracle\" DESCRIPTION=\"{longValue}\"/><SOURCE NAME=\"B\" DATABASETYPE=\"Oracle\" DESCRIPTION=\"{longValue}\"/>"
            + "</FOLDER></REPOSITORY></POWERMART>";

        var sources = Read(xml).Folders.Single().Sources;

        Assert.Same(sources[0].DatabaseType, sources[1].DatabaseType);
        Assert.Equal(sources[0].Description, sources[1].Description);
        Assert.NotSame(sources[0].Description, sources[1].Description);
    }

    [Fact]
    public void Sharing_returns_the_held_instance_for_equal_characters()
    {
        var values = new SharedValues();

        var first = values.Share("NO".AsSpan());
        var second = values.Share("xNOx".AsSpan(1, 2));

        Assert.Equal("NO", first);
        Assert.Same(first, second);
        Assert.Same(string.Empty, values.Share([]));
    }

    private static string Value(int length, int index) => new((char)('a' + index), length);

    private static ExportDocument Read(string xml)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(xml));
        var result = ExportReader.ReadDocument(stream, "values.xml");
        Assert.True(result.IsReadable, string.Join("\n", result.Diagnostics));
        return result.Document!;
    }

    /// <summary>The oracle: the DESCRIPTION of the first SOURCE as the XML reader's own Value gives it.</summary>
    private static string? Expected(string xml)
    {
        using var reader = XmlReader.Create(new StringReader(xml), new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore });
        reader.ReadToFollowing("SOURCE");
        return reader.GetAttribute("DESCRIPTION");
    }
}
