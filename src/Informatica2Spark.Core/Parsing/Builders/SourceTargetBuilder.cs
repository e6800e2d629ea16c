using Informatica2Spark.Core.Model;

namespace Informatica2Spark.Core.Parsing.Builders;

/// <summary>SOURCE, TARGET, their fields and FLATFILE settings.</summary>
internal static class SourceTargetBuilder
{
    public static SourceDefinition Source(RawElement e) => new(
        e.Required("NAME"),
        e.NonEmpty("DBDNAME"),
        e.Required("DATABASETYPE"),
        e.NonEmpty("OWNERNAME"),
        e.NonEmpty("DESCRIPTION"),
        e.First("FLATFILE") is { } flat ? FlatFile(flat) : null,
        e.Map("SOURCEFIELD", Field),
        e.NameValues("TABLEATTRIBUTE"),
        e.Position);

    public static TargetDefinition Target(RawElement e) => new(
        e.Required("NAME"),
        e.Required("DATABASETYPE"),
        e.NonEmpty("DESCRIPTION"),
        e.NonEmpty("TABLEOPTIONS"),
        e.First("FLATFILE") is { } flat ? FlatFile(flat) : null,
        e.Map("TARGETFIELD", Field),
        e.Map("TARGETINDEX", i => new TargetIndex(
            i.Required("NAME"),
            string.Equals(i.Attr("UNIQUE"), "YES", StringComparison.OrdinalIgnoreCase),
            i.Map("TARGETINDEXFIELD", f => f.Required("NAME")))),
        e.NameValues("TABLEATTRIBUTE"),
        e.Position);

    public static FieldDefinition Field(RawElement e) => new(
        e.Required("NAME"),
        e.NonEmpty("DATATYPE"),
        e.Int("PRECISION"),
        e.Int("SCALE"),
        KeyTypeOf(e.Attr("KEYTYPE")),
        !string.Equals(e.Attr("NULLABLE"), "NOTNULL", StringComparison.OrdinalIgnoreCase),
        e.Int("FIELDNUMBER"),
        e.Int("OFFSET"),
        e.Int("LENGTH"),
        e.NonEmpty("REFERENCEDTABLE"),
        e.NonEmpty("REFERENCEDFIELD"),
        e.NonEmpty("DESCRIPTION"),
        e.NameValues("FIELDATTRIBUTE"),
        e.Position);

    private static readonly string[] TypedFlatFileAttributes =
    [
        "FILENAME", "DELIMITED", "DELIMITERS", "ROWDELIMITER", "QUOTE_CHARACTER", "ESCAPE_CHARACTER",
        "NULL_CHARACTER", "CONSECDELIMITERSASONE", "STRIPTRAILINGBLANKS", "LINESEQUENTIAL", "SKIPROWS", "CODEPAGE",
    ];

    public static FlatFileSettings FlatFile(RawElement e) => new(
        e.NonEmpty("FILENAME"),
        e.Flag("DELIMITED"),
        e.Attr("DELIMITERS"),
        e.Attr("ROWDELIMITER"),
        e.NonEmpty("QUOTE_CHARACTER"),
        e.NonEmpty("ESCAPE_CHARACTER"),
        e.NonEmpty("NULL_CHARACTER"),
        e.Flag("CONSECDELIMITERSASONE"),
        e.Flag("STRIPTRAILINGBLANKS"),
        e.Flag("LINESEQUENTIAL"),
        e.Int("SKIPROWS") ?? 0,
        e.NonEmpty("CODEPAGE"),
        e.OtherAttributes(TypedFlatFileAttributes));

    private static KeyType KeyTypeOf(string? text) => text?.ToUpperInvariant() switch
    {
        null or "" or "NOT A KEY" => KeyType.NotAKey,
        "PRIMARY KEY" => KeyType.PrimaryKey,
        "FOREIGN KEY" => KeyType.ForeignKey,
        "PRIMARY FOREIGN KEY" => KeyType.PrimaryForeignKey,
        _ => KeyType.Other,
    };
}
