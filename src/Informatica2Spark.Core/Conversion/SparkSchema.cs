using System.Globalization;
using Informatica2Spark.Core.Expressions.Sql;
using Informatica2Spark.Core.Model;

namespace Informatica2Spark.Core.Conversion;

/// <summary>
/// The schema a delimited file is read with, from its source definition: each field, in order, with the Spark type of
/// its flat-file datatype (Designer Guide, "Flat File Datatypes": string and nstring, number with precision and scale,
/// datetime), as a DDL string for <c>DataFrameReader.Schema</c>. Without it Spark's CSV source reads every column as
/// a string. A value that does not parse as its type is null (Spark's PERMISSIVE mode) where PowerCenter rejects the row.
/// </summary>
internal static class SparkSchema
{
    /// <summary>The DDL (<c>`ID` DECIMAL(10,0), `NAME` STRING</c>), or the reason a field's type has no Spark type.</summary>
    public static (string? Ddl, string? Refusal) Of(IReadOnlyList<FieldDefinition> fields)
    {
        var columns = new List<string>();
        foreach (var field in fields)
        {
            if (TypeOf(field) is not { } type)
            {
                return (null, $"field '{field.Name}' has datatype '{field.DataType}', which has no Spark type for a delimited file yet");
            }

            columns.Add($"{SparkDialect.Instance.QuoteIdentifier(field.Name)} {type}");
        }

        return (columns.Count == 0 ? null : string.Join(", ", columns), null);
    }

    private static string? TypeOf(FieldDefinition field) => field.DataType?.ToLowerInvariant() switch
    {
        null or "string" or "nstring" or "text" or "ntext" or "char" or "nchar" or "varchar" or "nvarchar" or "varchar2" or "nvarchar2" => "STRING",
        "number" or "decimal" or "numeric" => field.Precision is { } p and > 0 and <= 38
            ? string.Create(CultureInfo.InvariantCulture, $"DECIMAL({p},{Math.Clamp(field.Scale ?? 0, 0, p)})")
            : "DOUBLE",
        "int" or "integer" or "small integer" or "smallint" => "INT",
        "bigint" => "BIGINT",
        "double" or "real" or "float" => "DOUBLE",
        "datetime" or "date/time" or "timestamp" or "date" => "TIMESTAMP",
        _ => null,
    };
}
