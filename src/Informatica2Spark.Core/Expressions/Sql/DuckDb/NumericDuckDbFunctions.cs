namespace Informatica2Spark.Core.Expressions.Sql.DuckDb;

/// <summary>
/// DuckDB forms of the Spark functions the numeric, scientific, conversion, test and special functions use. Where
/// DuckDB raises an error Spark does not, the form gives Spark's value: <c>ln</c> of a value not above 0 is NULL,
/// <c>sqrt</c> of a negative value NaN; <c>log(base, x)</c> is NULL when either is not above 0; <c>sign</c> is a DOUBLE; <c>elt</c>
/// picks its 1-based argument, NULL out of range. Spark's <c>rand</c> and <c>conv</c> have no DuckDB form: DuckDB's
/// <c>random</c> takes no seed, and DuckDB parses no base but 10.
/// </summary>
internal sealed class NumericDuckDbFunctions : IDuckDbFunctions
{
    private static readonly string[] Same =
        ["abs", "ceil", "floor", "exp", "cos", "cosh", "sin", "sinh", "tan", "tanh", "power", "round", "greatest", "least"];

    public IEnumerable<(string SparkName, Func<SqlFunction, SqlExpr> Rewrite)> Functions =>
    [
        .. Same.Select(name => (name, (Func<SqlFunction, SqlExpr>)CommonDuckDbFunctions.Same)),
        ("ln", f => When(new SqlBinary(SqlBinaryOperator.Greater, f.Arguments[0], Zero), new SqlNativeFunction("ln", f.Arguments[0]))),
        ("sqrt", f => new SqlCase(
            [new SqlWhen(new SqlBinary(SqlBinaryOperator.Less, f.Arguments[0], Zero), new SqlLiteral(double.NaN, SqlType.Double))],
            new SqlNativeFunction("sqrt", f.Arguments[0]))),
        ("log", f => When(
            new SqlBinary(SqlBinaryOperator.And, new SqlBinary(SqlBinaryOperator.Greater, f.Arguments[0], Zero), new SqlBinary(SqlBinaryOperator.Greater, f.Arguments[1], Zero)),
            new SqlBinary(SqlBinaryOperator.Divide, new SqlNativeFunction("ln", f.Arguments[1]), new SqlNativeFunction("ln", f.Arguments[0])))),
        ("sign", f => new SqlCast(new SqlNativeFunction("sign", f.Arguments[0]), SqlType.Double)),
        ("elt", f => new SqlCase(
            [.. f.Arguments.Skip(1).Select((value, i) => new SqlWhen(new SqlBinary(SqlBinaryOperator.Equal, f.Arguments[0], SqlLiteral.Int(i + 1)), value))],
            null)),
    ];

    private static SqlLiteral Zero => SqlLiteral.Int(0);

    private static SqlExpr When(SqlExpr condition, SqlExpr value) => new SqlCase([new SqlWhen(condition, value)], null);
}
