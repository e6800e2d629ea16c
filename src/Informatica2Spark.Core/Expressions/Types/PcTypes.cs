namespace Informatica2Spark.Core.Expressions.Types;

/// <summary>Reading port datatypes and combining the types of operands, as PowerCenter does.</summary>
public static class PcTypes
{
    /// <summary>
    /// The type of a port from its <c>DATATYPE</c>, <c>PRECISION</c> and <c>SCALE</c> (DG: Transformation Datatypes):
    /// string, nstring, text, ntext are strings; integer and small integer are Integer; real and double are Double;
    /// decimal keeps its precision and scale, and one of more than 28 digits is Double, high precision or not (DG:
    /// Decimal and Double Values in Calculations); date/time; binary. Null when the name is not a transformation
    /// datatype.
    /// </summary>
    public static PcType? FromDatatype(string datatype, int precision, int? scale) => datatype.Trim().ToLowerInvariant() switch
    {
        "string" or "nstring" or "text" or "ntext" or "char" or "nchar" or "varchar" or "nvarchar" or "varchar2" or "nvarchar2" => PcType.String(precision),
        "integer" or "small integer" or "smallint" or "int" => PcType.Integer,
        "bigint" => PcType.BigInt,
        "decimal" or "numeric" or "number" or "number(p,s)" => precision > PcType.MaxDecimalPrecision ? PcType.Double : PcType.Decimal(precision <= 0 ? PcType.MaxDecimalPrecision : precision, scale ?? 0),
        "double" or "real" or "float" => PcType.Double,
        "date/time" or "date" or "datetime" or "timestamp" => PcType.DateTime,
        "binary" or "raw" => PcType.Binary,
        _ => null,
    };

    /// <summary>
    /// A type as users write it on the command line and in test tables: a datatype name with an optional
    /// <c>(precision)</c> or <c>(precision,scale)</c>, such as <c>string(10)</c>, <c>decimal(10,2)</c>, <c>integer</c>,
    /// <c>date/time</c>; also nstring, text, ntext, small integer, real, date, timestamp, int. Without a precision a
    /// string holds 4000 characters and a decimal 28 digits. Null when it is not a transformation datatype, or the
    /// precision is not positive, or the scale exceeds it.
    /// </summary>
    public static PcType? Parse(string text)
    {
        var trimmed = text.Trim();
        var open = trimmed.IndexOf('(', StringComparison.Ordinal);
        var name = open < 0 ? trimmed : trimmed[..open];
        int precision = 0;
        int? scale = null;
        if (open >= 0)
        {
            if (!trimmed.EndsWith(')'))
            {
                return null;
            }

            var parts = trimmed[(open + 1)..^1].Split(',');
            if (parts.Length > 2 || !int.TryParse(parts[0], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out precision)
                || (parts.Length == 2 && !int.TryParse(parts[1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var s)))
            {
                return null;
            }

            scale = parts.Length == 2 ? int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture) : null;
            if (precision <= 0 || scale > precision)
            {
                return null;
            }
        }

        return FromDatatype(name, precision, scale);
    }

    /// <summary>
    /// The type both branches of IIF or DECODE, or both operands of arithmetic, are computed in: the
    /// higher-precision one (TLR: IIF, "the datatype of the return value is the same as the value with the highest
    /// precision"). Numbers rank Integer &lt; BigInt &lt; Decimal &lt; Double; strings take the longer precision;
    /// NULL and unknown give way to the other. Null when the two are of unrelated kinds (a string and a number).
    /// </summary>
    public static PcType? Common(PcType a, PcType b)
    {
        if (a.IsOpen)
        {
            return b.Kind == PcTypeKind.Unknown ? a : b;
        }

        if (b.IsOpen)
        {
            return a;
        }

        if (a.Kind == PcTypeKind.Boolean && b.Kind == PcTypeKind.Boolean)
        {
            return a;
        }

        var na = a.Kind == PcTypeKind.Boolean ? PcType.Integer : a;
        var nb = b.Kind == PcTypeKind.Boolean ? PcType.Integer : b;
        if (na.IsNumeric && nb.IsNumeric)
        {
            return WiderNumber(na, nb);
        }

        if (na.Kind != nb.Kind)
        {
            return null;
        }

        return na.Kind == PcTypeKind.String ? PcType.String(Math.Max(na.Precision, nb.Precision)) : na;
    }

    /// <summary>The wider of two numeric types; two decimals widen to fit both integer parts and both scales.</summary>
    public static PcType WiderNumber(PcType a, PcType b)
    {
        if (a.Kind == PcTypeKind.Double || b.Kind == PcTypeKind.Double)
        {
            return PcType.Double;
        }

        if (a.Kind == PcTypeKind.Decimal || b.Kind == PcTypeKind.Decimal)
        {
            var da = AsDecimal(a);
            var db = AsDecimal(b);
            var scale = Math.Max(da.Scale, db.Scale);
            var whole = Math.Max(da.Precision - da.Scale, db.Precision - db.Scale);
            return PcType.Decimal(whole + scale, scale);
        }

        return a.Kind == PcTypeKind.BigInt || b.Kind == PcTypeKind.BigInt ? PcType.BigInt : PcType.Integer;
    }

    /// <summary>An integral or decimal type as a decimal: Integer is decimal(10,0), BigInt decimal(19,0).</summary>
    public static PcType AsDecimal(PcType type) => type.Kind switch
    {
        PcTypeKind.Decimal => type,
        PcTypeKind.BigInt => PcType.Decimal(19, 0),
        PcTypeKind.Integer or PcTypeKind.Boolean => PcType.Decimal(10, 0),
        _ => PcType.Decimal(PcType.MaxDecimalPrecision, 0),
    };
}
