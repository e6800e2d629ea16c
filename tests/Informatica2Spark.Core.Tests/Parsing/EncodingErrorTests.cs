using System.Text;
using Informatica2Spark.Core.Parsing;
using Xunit;

namespace Informatica2Spark.Core.Tests.Parsing;

/// <summary>
/// Bytes that do not decode in the declared encoding, UTF-16 ones included, are I2S0010 in plain words with their
/// location, never the XML parser's own message; UTF-7, which .NET knows but refuses, is an unsupported encoding.
/// </summary>
public sealed class EncodingErrorTests
{
    private const string Body = "<POWERMART><REPOSITORY NAME=\"R\"/></POWERMART>";

    public static TheoryData<string, byte[], string> Cases => new()
    {
        {
            "a UTF-16 declaration in a file without a byte order mark",
            Encoding.UTF8.GetBytes("<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n" + Body),
            "value.xml:1:1: error I2S0010: the file declares a UTF-16 or UTF-32 encoding but does not start with its byte order mark: declare the file's real encoding (exports are UTF-8, ISO-8859-1 or Windows-1252)"
        },
        {
            "an unpaired low surrogate in UTF-16",
            [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n<POWERMART>"), 0x00, 0xDC, .. Encoding.Unicode.GetBytes("</POWERMART>")],
            "value.xml:2:12: error I2S0010: the text holds an unpaired UTF-16 surrogate, invalid in the declared encoding: declare the file's real encoding (exports are UTF-8, ISO-8859-1 or Windows-1252)"
        },
        {
            "a high surrogate followed by a letter in UTF-16",
            [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n<POWERMART>"), 0x00, 0xD8, .. Encoding.Unicode.GetBytes("A</POWERMART>")],
            "value.xml:2:13: error I2S0010: the text holds an unpaired UTF-16 surrogate, invalid in the declared encoding: declare the file's real encoding (exports are UTF-8, ISO-8859-1 or Windows-1252)"
        },
        {
            "UTF-7",
            Encoding.UTF8.GetBytes("<?xml version=\"1.0\" encoding=\"UTF-7\"?>\n" + Body),
            "value.xml:1:21: error I2S0010: unsupported encoding 'UTF-7': exports are UTF-8, ISO-8859-1 or Windows-1252"
        },
        {
            "a UTF-16 byte order mark before a UTF-8 declaration",
            [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + Body)],
            "value.xml:2:1: error I2S0009: binary content (character 0x00): this is not an XML export"
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Bytes_invalid_for_the_encoding_are_one_plain_located_error(string _, byte[] bytes, string expected)
    {
        using var stream = new MemoryStream(bytes);

        var outcome = ExportReader.Read(stream, "value.xml", NullSink.Instance);

        Assert.Equal(expected, Assert.Single(outcome.Diagnostics).ToString());
    }
}
