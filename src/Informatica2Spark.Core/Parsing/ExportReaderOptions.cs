namespace Informatica2Spark.Core.Parsing;

/// <summary>Bounds and switches of the export reader. The defaults suit any real export.</summary>
public sealed record ExportReaderOptions
{
    /// <summary>Largest document accepted, in characters read (2 GiB by default).</summary>
    public long MaxDocumentCharacters { get; init; } = 2L * 1024 * 1024 * 1024;

    /// <summary>
    /// Longest value accepted, in characters: an attribute value, a text, a CDATA section, a comment (16 Mi by default;
    /// real exports stay under a few thousand). The parser holds a value whole, so this bounds its memory.
    /// </summary>
    public long MaxValueCharacters { get; init; } = 16L * 1024 * 1024;

    /// <summary>Deepest element nesting accepted (real exports stay under 12).</summary>
    public int MaxDepth { get; init; } = 64;

    /// <summary>Validate against the embedded PowerCenter export schema.</summary>
    public bool ValidateSchema { get; init; } = true;

    /// <summary>Stop recording schema findings for one file after this many (the count is still reported).</summary>
    public int MaxSchemaDiagnostics { get; init; } = 200;

    public static ExportReaderOptions Default { get; } = new();
}
