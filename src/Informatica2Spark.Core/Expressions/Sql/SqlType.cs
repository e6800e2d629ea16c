using System.Globalization;

namespace Informatica2Spark.Core.Expressions.Sql;

/// <summary>The SQL data types translated expressions compute in; each dialect names them (Spark: STRING, INT, ...).</summary>
public enum SqlTypeKind
{
    String,
    Int,
    BigInt,
    Decimal,
    Double,
    Boolean,
    Timestamp,
    Date,
    Binary,
}

/// <summary>An SQL type with the precision and scale of a decimal.</summary>
public readonly record struct SqlType(SqlTypeKind Kind, int Precision = 0, int Scale = 0)
{
    public static SqlType String { get; } = new(SqlTypeKind.String);

    public static SqlType Int { get; } = new(SqlTypeKind.Int);

    public static SqlType BigInt { get; } = new(SqlTypeKind.BigInt);

    public static SqlType Double { get; } = new(SqlTypeKind.Double);

    public static SqlType Boolean { get; } = new(SqlTypeKind.Boolean);

    public static SqlType Timestamp { get; } = new(SqlTypeKind.Timestamp);

    public static SqlType Date { get; } = new(SqlTypeKind.Date);

    public static SqlType Binary { get; } = new(SqlTypeKind.Binary);

    public static SqlType Decimal(int precision, int scale) => new(SqlTypeKind.Decimal, precision, scale);

    /// <summary>Spark SQL's name of the type (Spark SQL Data Types).</summary>
    public override string ToString() => Kind switch
    {
        SqlTypeKind.Decimal => string.Create(CultureInfo.InvariantCulture, $"DECIMAL({Precision},{Scale})"),
        SqlTypeKind.Int => "INT",
        _ => Kind.ToString().ToUpperInvariant(),
    };
}
