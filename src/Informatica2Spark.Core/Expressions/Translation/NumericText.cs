using Informatica2Spark.Core.Expressions.Sql;

namespace Informatica2Spark.Core.Expressions.Translation;

/// <summary>
/// How the conversion functions read a number from a string. TO_DECIMAL "ignores leading blanks" and "converts the
/// numeric portion of the string up to the first non-numeric character" ('711A1' is 711), and a string with no numeric
/// portion ('A12.3Grove', '') is 0; the Designer converts strings to numbers the same way ('123abc' is 123, 'A123cb'
/// is 0; DG: Converting Strings to Numbers). The numeric portion is an optional sign, digits with an optional point
/// ('.5' and '12.' count) and, for a Double only, an exponent ('18e-3' is 0.018 as a Double, 18 as a Decimal or an
/// Integer). In SQL it is Spark's <c>regexp_extract</c> of the portion, '0' when there is none; the text is then a
/// valid number for <c>CAST</c>.
/// </summary>
internal static class NumericText
{
    /// <summary>Leading blanks, then a sign and digits with an optional point.</summary>
    public const string DecimalPattern = "^ *([+-]?([0-9]+([.][0-9]*)?|[.][0-9]+))";

    /// <summary>As <see cref="DecimalPattern"/>, with an optional exponent.</summary>
    public const string FloatPattern = "^ *([+-]?([0-9]+([.][0-9]*)?|[.][0-9]+)([eE][+-]?[0-9]+)?)";

    /// <summary>Leading blanks, then a sign and the digits before the point: the portion truncated to a whole number.</summary>
    public const string WholePattern = "^ *([+-]?[0-9]+)";

    /// <summary>The numeric portion of <paramref name="text"/> matched by <paramref name="pattern"/>, '0' when there is none, NULL for NULL.</summary>
    public static SqlExpr Portion(SqlExpr text, string pattern) =>
        new SqlFunction(
            "regexp_replace",
            new SqlFunction("regexp_extract", text, SqlLiteral.String(pattern), SqlLiteral.Int(1)),
            SqlLiteral.String("^$"),
            SqlLiteral.String("0"));

    /// <summary>The two conditions joined with OR.</summary>
    public static SqlExpr Or(SqlExpr a, SqlExpr b) => new SqlBinary(SqlBinaryOperator.Or, a, b);
}
