using Informatica2Spark.Core.Expressions.Sql;
using Informatica2Spark.Core.Expressions.Types;

namespace Informatica2Spark.Core.Expressions.Translation;

/// <summary>
/// The Spark type each PowerCenter type is computed in: string STRING, integer INT, bigint BIGINT, decimal(p,s)
/// DECIMAL(p,s), double DOUBLE, date/time TIMESTAMP (microseconds: PowerCenter keeps nanoseconds), binary BINARY.
/// </summary>
public static class SqlTypes
{
    public static SqlType Of(PcType type) => type.Kind switch
    {
        PcTypeKind.Integer => SqlType.Int,
        PcTypeKind.BigInt => SqlType.BigInt,
        PcTypeKind.Decimal => SqlType.Decimal(type.Precision, type.Scale),
        PcTypeKind.Double => SqlType.Double,
        PcTypeKind.DateTime => SqlType.Timestamp,
        PcTypeKind.Binary => SqlType.Binary,
        PcTypeKind.Boolean => SqlType.Boolean,
        _ => SqlType.String,
    };
}
