namespace Informatica2Spark.Core.Expressions.Sql.DuckDb;

/// <summary>DuckDB forms of the Spark window functions mapping plans use: <c>row_number()</c> is spelled alike.</summary>
internal sealed class WindowDuckDbFunctions : IDuckDbFunctions
{
    public IEnumerable<(string SparkName, Func<SqlFunction, SqlExpr> Rewrite)> Functions =>
    [
        ("row_number", CommonDuckDbFunctions.Same),
    ];
}
