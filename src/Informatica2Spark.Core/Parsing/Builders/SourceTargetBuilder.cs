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
        SourceFields(e),
        e.NameValues("TABLEATTRIBUTE"),
        e.Position);

    /// <summary>
    /// The fields of a source, in file order: a COBOL (VSAM) definition nests elementary items inside group items
    /// (<c>SOURCEFIELD</c> within <c>SOURCEFIELD</c>, <c>FIELDTYPE="GRPITEM"</c>). The elementary items at any depth
    /// are the source's fields; a group item only names the record area its children occupy, carries no datatype and
    /// is not connectable, so it is not a field (powrmart.dtd: <c>&lt;!ELEMENT SOURCEFIELD (SOURCEFIELD*, FIELDATTRIBUTE*)&gt;</c>;
    /// a copybook's <c>05</c> items under an <c>01</c> record are the ports a Normalizer reads).
    /// </summary>
    private static IReadOnlyList<FieldDefinition> SourceFields(RawElement e)
    {
        var fields = new List<FieldDefinition>();
        void Collect(RawElement parent)
        {
            foreach (var child in parent.All("SOURCEFIELD"))
            {
                if (IsGroupItem(child))
                {
                    Collect(child);
                }
                else
                {
                    fields.Add(Field(child));
                }
            }
        }

        Collect(e);
        return fields;
    }

    /// <summary>A COBOL group item: <c>FIELDTYPE="GRPITEM"</c>, or a field that holds nested fields.</summary>
    private static bool IsGroupItem(RawElement field) =>
        string.Equals(field.Attr("FIELDTYPE"), "GRPITEM", StringComparison.OrdinalIgnoreCase) || field.First("SOURCEFIELD") is not null;

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
        e.Position)
    {
        PhysicalOffset = e.Int("PHYSICALOFFSET"),
        PhysicalLength = e.Int("PHYSICALLENGTH"),
    };

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
