using System.Text;
using Informatica2Spark.Core.Emit;
using Xunit;

namespace Informatica2Spark.Core.Tests.Emit;

/// <summary>
/// A JSON output file holds the bytes of <see cref="JsonOutput.Serialize{T}"/>, however its JSON falls across the
/// 64 KiB chunks it is written in: values shorter and longer than a chunk, files of every length around a chunk's size,
/// escaped, control and non-ASCII text, deep nesting.
/// </summary>
public sealed class JsonOutputTests
{
    public static TheoryData<int, int> Shapes => new()
    {
        { 0, 0 },
        { 1, 10 },
        { 5_000, 7 },
        { 40, 65_536 },
        { 3, 200_000 },
        { 65_536, 1 },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void A_file_holds_the_serialized_text_as_utf8_with_a_final_line_feed(int count, int length)
    {
        var value = new Sample(
            [.. Enumerable.Range(0, count).Select(i => new Item(i, Text(i, length), i % 3 == 0 ? null : $"Grüße \"{i}\" 東京\t\\"))],
            Status.PartlyDone);

        var file = JsonOutput.File("a/b.json", value);

        Assert.Equal("a/b.json", file.RelativePath);
        Assert.Equal(Encoding.UTF8.GetBytes(JsonOutput.Serialize(value)), file.Content);
        Assert.Equal((byte)'\n', file.Content[^1]);
    }

    [Fact]
    public void A_file_of_every_length_around_a_chunk_holds_the_serialized_text()
    {
        var compared = 0;
        for (var length = 65_400; length <= 65_700; length++)
        {
            var value = new Item(length, Text(length, length), "\u0001\u2028<&>'");
            Assert.Equal(Encoding.UTF8.GetBytes(JsonOutput.Serialize(value)), JsonOutput.File("x.json", value).Content);
            compared++;
        }

        Assert.Equal(301, compared);
    }

    [Fact]
    public void A_deep_value_is_written_as_the_serializer_writes_it()
    {
        var value = Enumerable.Range(0, 60).Aggregate(new Node("leaf", null), (inner, i) => new Node($"n{i}", inner));

        Assert.Equal(Encoding.UTF8.GetBytes(JsonOutput.Serialize(value)), JsonOutput.File("x.json", value).Content);
    }

    private static string Text(int seed, int length) => string.Create(length, seed, (span, s) =>
    {
        for (var i = 0; i < span.Length; i++)
        {
            span[i] = (char)('a' + ((s + i) % 26));
        }
    });

    private enum Status
    {
        PartlyDone,
    }

    private sealed record Sample(IReadOnlyList<Item> Items, Status Status);

    private sealed record Item(int Number, string Text, string? Note);

    private sealed record Node(string Name, Node? Inner);
}
