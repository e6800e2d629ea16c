namespace Informatica2Spark.Core.Expressions.Sql.DuckDb;

/// <summary>
/// DuckDB forms of the Spark functions mapping plans use to number and rank rows: <c>rank</c> and
/// <c>row_number</c> (window functions both engines define alike), and <c>monotonically_increasing_id</c>, which
/// numbers rows in the order they are read: <c>row_number() OVER ()</c> in DuckDB, where one thread reads a table in
/// its insertion order.
/// </summary>
internal sealed class WindowDuckDbFunctions : IDuckDbFunctions
{
    public IEnumerable<(string SparkName, Func<SqlFunction, SqlExpr> Rewrite)> Functions =>
    [
        ("rank", CommonDuckDbFunctions.Same),
        ("row_number", CommonDuckDbFunctions.Same),
        ("monotonically_increasing_id", _ => new SqlWindow(new SqlNativeFunction("row_number"), [], [])),
    ];
}
