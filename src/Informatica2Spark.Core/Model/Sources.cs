namespace Informatica2Spark.Core.Model;

/// <summary><c>SOURCE</c>: a relational table, flat file or other source definition.</summary>
public sealed record SourceDefinition(
    string Name,
    string? DbdName,
    string DatabaseType,
    string? OwnerName,
    string? Description,
    FlatFileSettings? FlatFile,
    IReadOnlyList<FieldDefinition> Fields,
    IReadOnlyList<AttributeValue> TableAttributes,
    TextPosition Position) : IModelObject;

/// <summary><c>TARGET</c>: a relational table, flat file or other target definition.</summary>
public sealed record TargetDefinition(
    string Name,
    string DatabaseType,
    string? Description,
    string? TableOptions,
    FlatFileSettings? FlatFile,
    IReadOnlyList<FieldDefinition> Fields,
    IReadOnlyList<TargetIndex> Indexes,
    IReadOnlyList<AttributeValue> TableAttributes,
    TextPosition Position) : IModelObject;

/// <summary>
/// <c>SOURCEFIELD</c> or <c>TARGETFIELD</c>. For a source, only elementary items: the fields nested in COBOL group
/// items are listed in file order and the group items are not fields (they carry no datatype and are not connectable).
/// </summary>
public sealed record FieldDefinition(
    string Name,
    string? DataType,
    int? Precision,
    int? Scale,
    KeyType KeyType,
    bool Nullable,
    int? FieldNumber,
    int? Offset,
    int? Length,
    string? ReferencedTable,
    string? ReferencedField,
    string? Description,
    IReadOnlyList<AttributeValue> FieldAttributes,
    TextPosition Position) : IModelObject
{
    /// <summary>
    /// <c>PHYSICALOFFSET</c> of a source field: where the field starts in a fixed-width or COBOL record, in bytes from
    /// the start of the record (0 for the first field); null when the export gives none (targets).
    /// </summary>
    public int? PhysicalOffset { get; init; }

    /// <summary><c>PHYSICALLENGTH</c> of a source field: how many bytes the field takes in the record; null when not given.</summary>
    public int? PhysicalLength { get; init; }
}

/// <summary>KEYTYPE of a source or target field.</summary>
public enum KeyType
{
    NotAKey,
    PrimaryKey,
    ForeignKey,
    PrimaryForeignKey,
    Other,
}

/// <summary><c>TARGETINDEX</c> and its field names.</summary>
public sealed record TargetIndex(string Name, bool Unique, IReadOnlyList<string> FieldNames);

/// <summary><c>FLATFILE</c>: how a flat-file source or target is laid out.</summary>
public sealed record FlatFileSettings(
    string? FileName,
    bool Delimited,
    string? Delimiters,
    string? RowDelimiter,
    string? QuoteCharacter,
    string? EscapeCharacter,
    string? NullCharacter,
    bool ConsecutiveDelimitersAsOne,
    bool StripTrailingBlanks,
    bool LineSequential,
    int SkipRows,
    string? CodePage,
    IReadOnlyList<AttributeValue> OtherAttributes);
