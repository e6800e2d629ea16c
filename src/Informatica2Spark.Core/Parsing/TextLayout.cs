namespace Informatica2Spark.Core.Parsing;

/// <summary>How an export's bytes encode characters, for the <see cref="ValueLengthGuard"/>.</summary>
/// <param name="UnitSize">Bytes per code unit: 1 (UTF-8 and code pages), 2 (UTF-16) or 4 (UTF-32).</param>
/// <param name="LittleEndian">For units of several bytes, whether the low byte comes first.</param>
/// <param name="IsUtf8">Whether single bytes are UTF-8 (continuation bytes count no character).</param>
/// <param name="ByteOrderMarkLength">How many leading bytes are the byte order mark, which is no character.</param>
internal sealed record TextLayout(int UnitSize, bool LittleEndian, bool IsUtf8, int ByteOrderMarkLength)
{
    /// <summary>The layout from the byte order mark at the start of <paramref name="head"/>, else from the declared encoding's name.</summary>
    public static TextLayout Of(ReadOnlySpan<byte> head, string? declaredEncoding) => head switch
    {
        [0xFF, 0xFE, 0x00, 0x00, ..] => new TextLayout(4, true, false, 4),
        [0x00, 0x00, 0xFE, 0xFF, ..] => new TextLayout(4, false, false, 4),
        [0xFF, 0xFE, ..] => new TextLayout(2, true, false, 2),
        [0xFE, 0xFF, ..] => new TextLayout(2, false, false, 2),
        [0xEF, 0xBB, 0xBF, ..] => new TextLayout(1, false, true, 3),
        _ => new TextLayout(1, false, IsUtf8Name(declaredEncoding), 0),
    };

    private static bool IsUtf8Name(string? encoding) =>
        encoding is null || encoding.Equals("UTF-8", StringComparison.OrdinalIgnoreCase) || encoding.Equals("UTF8", StringComparison.OrdinalIgnoreCase);
}
