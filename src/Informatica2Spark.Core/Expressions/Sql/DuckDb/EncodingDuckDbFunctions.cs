namespace Informatica2Spark.Core.Expressions.Sql.DuckDb;

/// <summary>
/// DuckDB forms of the Spark hash and base 64 functions the encoding functions translate to (Spark SQL Built-in
/// Functions; DuckDB Text, Blob and Hashing Functions). Spark's <c>crc32</c> has no DuckDB form.
/// </summary>
internal sealed class EncodingDuckDbFunctions : IDuckDbFunctions
{
    public IEnumerable<(string SparkName, Func<SqlFunction, SqlExpr> Rewrite)> Functions =>
    [
        ("md5", CommonDuckDbFunctions.Same),
        ("unhex", CommonDuckDbFunctions.Same),
        ("sha2", Sha2),
        ("base64", f => new SqlNativeFunction("to_base64", f.Arguments)),
        ("unbase64", f => new SqlNativeFunction("from_base64", f.Arguments)),
        ("encode", Encode),
    ];

    /// <summary>Spark's <c>sha2(x, 256)</c>, lower-case hex as DuckDB's <c>sha256</c>; other bit lengths have no form here.</summary>
    private static SqlExpr Sha2(SqlFunction f) => f.Arguments[1] is SqlLiteral { Value: 256L }
        ? new SqlNativeFunction("sha256", f.Arguments[0])
        : throw new DialectNotSupportedException("Spark's sha2 has a DuckDB form for 256 bits only");

    /// <summary>Spark's <c>encode(s, 'UTF-8')</c>: DuckDB's <c>encode</c> gives the UTF-8 bytes.</summary>
    private static SqlExpr Encode(SqlFunction f) => f.Arguments[1] is SqlLiteral { Value: string charset } && charset.Equals("UTF-8", StringComparison.OrdinalIgnoreCase)
        ? new SqlNativeFunction("encode", f.Arguments[0])
        : throw new DialectNotSupportedException("Spark's encode has a DuckDB form for UTF-8 only");
}
