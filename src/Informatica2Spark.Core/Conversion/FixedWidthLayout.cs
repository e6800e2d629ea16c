using System.Globalization;
using Informatica2Spark.Core.Expressions.Sql;
using Informatica2Spark.Core.Model;
using Informatica2Spark.Syntax;

namespace Informatica2Spark.Core.Conversion;

/// <summary>
/// A fixed-width flat file (<c>FLATFILE DELIMITED="NO"</c>) as Spark SQL over the <c>text</c> source, one line per
/// record. PowerCenter measures fixed-width fields in bytes ("Fixed-width files are byte-oriented", Workflow Basics
/// Guide, "Writing to Fixed-Width Files with Flat File Target Definitions"), so every field is cut from and padded in
/// the line's bytes: a read takes <c>CAST(value AS BINARY)</c> (the line's bytes as read, whatever the code page),
/// cuts each field at its physical offset and length and decodes it in the file's code page; a write encodes each
/// field in the file's code page, cuts or pads it with spaces to its precision and casts the joined bytes back to the
/// line Spark's text writer writes as they are. Null fields follow the definition's null character ("Null Character
/// Handling", Designer Guide): not repeated, a field is null when its first character is the null character and a
/// null is written as the null character then spaces; repeated, a field is null when it holds only null characters
/// and a null is written as the field full of them. A line shorter than a field's offset gives a null field ("Row
/// Length Handling for Fixed-Width Flat Files"). What is not translated yet is a refusal with its reason.
/// </summary>
internal static class FixedWidthLayout
{
    /// <summary>The select expressions that cut the fields of a source line (the <c>value</c> column), or the reasons it cannot.</summary>
    public static (IReadOnlyList<string> Projection, IReadOnlyList<string> Refusals) Read(FlatFileSettings layout, IReadOnlyList<FieldDefinition> fields, string sparkVersion)
    {
        var refusals = new List<string>();
        var charset = Charset(layout, sparkVersion, refusals);
        if (!layout.LineSequential)
        {
            refusals.Add("its records are not line-sequential (Line Sequential is off): PowerCenter reads records of a fixed byte length, Spark's text source reads lines");
        }

        var projection = new List<string>();
        foreach (var field in fields)
        {
            if (field.PhysicalOffset is not { } offset || (field.PhysicalLength ?? field.Length ?? field.Precision) is not { } length)
            {
                refusals.Add($"field '{field.Name}' has no physical offset and length");
                continue;
            }

            var bytes = $"substring(CAST(`value` AS BINARY), {offset + 1}, {length})";
            var text = $"decode({bytes}, {SparkSqlLiterals.String(charset?.Name ?? "UTF-8")})";
            var typed = Typed(field, text, layout.StripTrailingBlanks, refusals);
            var isNull = NullTest(layout, bytes, text, length);
            projection.Add($"CASE WHEN octet_length(`value`) <= {offset}{(isNull is null ? string.Empty : $" OR {isNull}")} THEN NULL ELSE {typed} END AS {Name(field.Name)}");
        }

        return (projection, refusals);
    }

    /// <summary>The one select expression that writes a target's fields as a padded line, or the reasons it cannot.</summary>
    public static (IReadOnlyList<string> Projection, IReadOnlyList<string> Refusals) Write(FlatFileSettings layout, IReadOnlyList<FieldDefinition> fields, string sparkVersion)
    {
        var refusals = new List<string>();
        var charset = Charset(layout, sparkVersion, refusals);
        var name = SparkSqlLiterals.String(charset?.Name ?? "UTF-8");
        if (IsBinary(layout))
        {
            refusals.Add("its null character is a binary value, which fixed-width writes do not translate yet");
        }

        var parts = new List<string>();
        foreach (var field in fields)
        {
            if (!IsText(field.DataType))
            {
                refusals.Add($"field '{field.Name}' is {field.DataType ?? "untyped"}: the field width and format of number and datetime fields of fixed-width targets are not translated yet");
                continue;
            }

            if (field.Precision is not { } width || width <= 0)
            {
                refusals.Add($"field '{field.Name}' has no precision to pad to");
                continue;
            }

            var value = $"CASE WHEN {Name(field.Name)} IS NULL THEN {SparkSqlLiterals.String(NullFill(layout, width))} ELSE CAST({Name(field.Name)} AS STRING) END";
            var encoded = $"encode({value}, {name})";
            parts.Add($"substring({encoded}, 1, {width}), encode(repeat(' ', greatest(0, {width} - length({encoded}))), {name})");
        }

        return (parts.Count == 0 ? [] : [$"CAST(concat({string.Join(", ", parts)}) AS STRING) AS `value`"], refusals);
    }

    /// <summary>The charsets Spark 4.0's <c>encode</c> and <c>decode</c> accept unless <c>spark.sql.legacy.javaCharsets</c> is true (Spark 4.0 migration guide).</summary>
    private static readonly HashSet<string> Spark4Charsets = new(StringComparer.OrdinalIgnoreCase)
    {
        "US-ASCII", "ISO-8859-1", "UTF-8", "UTF-16BE", "UTF-16LE", "UTF-16", "UTF-32",
    };

    private static FileCodePages.Charset? Charset(FlatFileSettings layout, string sparkVersion, List<string> refusals)
    {
        var charset = FileCodePages.Of(layout.CodePage ?? "UTF-8");
        if (charset is null)
        {
            refusals.Add($"its code page '{layout.CodePage}' has no known Java charset");
        }
        else if (!charset.AsciiCompatible)
        {
            refusals.Add($"its code page '{layout.CodePage}' does not write line breaks and spaces as ASCII bytes, which Spark's text source and writer need");
        }
        else if (sparkVersion.StartsWith('4') && !Spark4Charsets.Contains(charset.Name))
        {
            refusals.Add($"Spark {sparkVersion}'s encode and decode refuse charset {charset.Name} unless spark.sql.legacy.javaCharsets is true");
        }

        return charset;
    }

    private static string Typed(FieldDefinition field, string text, bool stripTrailingBlanks, List<string> refusals)
    {
        var type = field.DataType?.ToLowerInvariant() ?? "string";
        if (IsText(type))
        {
            return stripTrailingBlanks ? $"rtrim({text})" : text;
        }

        var sparkType = type switch
        {
            "number" or "decimal" => field.Precision is { } p and > 0 and <= 38 ? $"DECIMAL({p},{Math.Min(field.Scale ?? 0, p)})" : "DOUBLE",
            "int" or "integer" or "small integer" => "INT",
            "bigint" => "BIGINT",
            "double" or "real" or "float" => "DOUBLE",
            _ => null,
        };
        if (sparkType is null)
        {
            refusals.Add($"field '{field.Name}' is {field.DataType}, which fixed-width reads do not translate yet");
            return text;
        }

        return $"CAST(trim({text}) AS {sparkType})";
    }

    private static bool IsText(string? dataType) =>
        dataType?.ToLowerInvariant() is null or "string" or "nstring" or "text" or "ntext" or "char" or "nchar" or "varchar" or "nvarchar" or "varchar2" or "nvarchar2";

    /// <summary>The test that makes a field null, or null when the layout has no null character.</summary>
    private static string? NullTest(FlatFileSettings layout, string bytes, string text, int length)
    {
        if (layout.NullCharacter is not { Length: > 0 } nullCharacter)
        {
            return null;
        }

        var repeated = Repeated(layout);
        if (IsBinary(layout))
        {
            if (!int.TryParse(nullCharacter, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value > 255)
            {
                return null;
            }

            var hex = value.ToString("X2", CultureInfo.InvariantCulture);
            return repeated ? $"{bytes} = X'{string.Concat(Enumerable.Repeat(hex, length))}'" : $"substring({bytes}, 1, 1) = X'{hex}'";
        }

        var literal = SparkSqlLiterals.String(nullCharacter[..1]);
        return repeated ? $"{text} = repeat({literal}, {length})" : $"substring({text}, 1, 1) = {literal}";
    }

    /// <summary>What a null target field holds: the null character once then spaces, or repeated over the whole width.</summary>
    private static string NullFill(FlatFileSettings layout, int width)
    {
        var character = layout.NullCharacter is { Length: > 0 } c && !IsBinary(layout) ? c[..1] : " ";
        return Repeated(layout) ? new string(character[0], width) : character.PadRight(width);
    }

    private static bool Repeated(FlatFileSettings layout) =>
        layout.OtherAttributes.Any(a => a.Name == "REPEATABLE" && a.Value.Equals("YES", StringComparison.OrdinalIgnoreCase));

    private static bool IsBinary(FlatFileSettings layout) =>
        layout.OtherAttributes.Any(a => a.Name == "NULLCHARTYPE" && a.Value.Equals("BINARY", StringComparison.OrdinalIgnoreCase));

    private static string Name(string name) => SparkDialect.Instance.QuoteIdentifier(name);
}
