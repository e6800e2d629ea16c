namespace Informatica2Spark.Testing.Sql;

/// <summary>
/// One typed column of the one-row input relation an expression is evaluated against.
/// </summary>
/// <param name="Name">
/// The column name the expression refers to. Any characters are allowed: the name is quoted with double quotes.
/// DuckDB resolves names case-insensitively, even quoted ones, so two inputs differing only in case collide.
/// </param>
/// <param name="Type">
/// A DuckDB type name: <c>VARCHAR</c>, <c>INTEGER</c>, <c>BIGINT</c>, <c>DECIMAL(p,s)</c>, <c>DOUBLE</c>,
/// <c>TIMESTAMP</c>, <c>DATE</c>, <c>BLOB</c>, <c>BOOLEAN</c> or any other type DuckDB knows.
/// </param>
/// <param name="Value">
/// The value as invariant text, cast to <paramref name="Type"/> by DuckDB (<c>"2024-01-31 10:00:00"</c>,
/// <c>"12.50"</c>, <c>"true"</c>), or null for a NULL of that type. A <c>BLOB</c> value is written in hexadecimal
/// (<c>"414243"</c>), the form blob results are given in.
/// </param>
public sealed record InputColumn(string Name, string Type, string? Value)
{
    /// <summary>A <c>VARCHAR</c> input.</summary>
    public static InputColumn Varchar(string name, string? value) => new(name, "VARCHAR", value);

    /// <summary>An <c>INTEGER</c> input.</summary>
    public static InputColumn Integer(string name, string? value) => new(name, "INTEGER", value);

    /// <summary>A <c>BIGINT</c> input.</summary>
    public static InputColumn BigInt(string name, string? value) => new(name, "BIGINT", value);

    /// <summary>A <c>DECIMAL(precision,scale)</c> input.</summary>
    public static InputColumn Decimal(string name, int precision, int scale, string? value) =>
        new(name, FormattableString.Invariant($"DECIMAL({precision},{scale})"), value);

    /// <summary>A <c>DOUBLE</c> input.</summary>
    public static InputColumn Double(string name, string? value) => new(name, "DOUBLE", value);

    /// <summary>A <c>TIMESTAMP</c> input, written <c>yyyy-MM-dd HH:mm:ss[.ffffff]</c>.</summary>
    public static InputColumn Timestamp(string name, string? value) => new(name, "TIMESTAMP", value);

    /// <summary>A <c>DATE</c> input, written <c>yyyy-MM-dd</c>.</summary>
    public static InputColumn Date(string name, string? value) => new(name, "DATE", value);

    /// <summary>A <c>BLOB</c> input, written in hexadecimal.</summary>
    public static InputColumn Blob(string name, string? hex) => new(name, "BLOB", hex);

    /// <summary>A <c>BOOLEAN</c> input, written <c>true</c> or <c>false</c>.</summary>
    public static InputColumn Boolean(string name, string? value) => new(name, "BOOLEAN", value);
}
