using System.Text;

namespace Informatica2Spark.Core.Expressions.Sql.DuckDb;

/// <summary>
/// DuckDB forms of the Spark string functions the character functions translate to, each with Spark's semantics
/// (Spark SQL Built-in Functions; DuckDB Text Functions and Regular Expressions). Spark's <c>initcap</c>,
/// <c>soundex</c> and <c>substring_index</c> have no DuckDB form: rows using them run on Spark only.
/// </summary>
internal sealed class CharacterDuckDbFunctions : IDuckDbFunctions
{
    public IEnumerable<(string SparkName, Func<SqlFunction, SqlExpr> Rewrite)> Functions =>
    [
        ("upper", CommonDuckDbFunctions.Same),
        ("lower", CommonDuckDbFunctions.Same),
        ("reverse", CommonDuckDbFunctions.Same),
        ("length", CommonDuckDbFunctions.Same),
        ("instr", CommonDuckDbFunctions.Same),
        ("translate", CommonDuckDbFunctions.Same),
        ("repeat", CommonDuckDbFunctions.Same),
        ("ascii", Ascii),
        ("chr", Chr),
        ("substring", Substring),
        ("locate", Locate),
        ("lpad", f => Pad(f, "lpad")),
        ("rpad", f => Pad(f, "rpad")),
        ("ltrim", f => new SqlNativeFunction("ltrim", f.Arguments[1], f.Arguments[0])),
        ("rtrim", f => new SqlNativeFunction("rtrim", f.Arguments[1], f.Arguments[0])),
        ("concat", Concat),
        ("rlike", f => new SqlNativeFunction("regexp_matches", f.Arguments[0], Pattern(f.Arguments[1]))),
        ("regexp_extract", f => new SqlNativeFunction("regexp_extract", f.Arguments[0], Pattern(f.Arguments[1]), f.Arguments[2])),
        ("regexp_replace", f => new SqlNativeFunction("regexp_replace", f.Arguments[0], Pattern(f.Arguments[1]), Replacement(f.Arguments[2]), SqlLiteral.String("g"))),
    ];

    private static SqlExpr Int(long value) => SqlLiteral.Int(value);

    private static SqlExpr Binary(SqlBinaryOperator op, SqlExpr left, SqlExpr right) => new SqlBinary(op, left, right);

    /// <summary>Spark's <c>ascii('')</c> is 0.</summary>
    private static SqlExpr Ascii(SqlFunction f) => new SqlCase(
        [new SqlWhen(Binary(SqlBinaryOperator.Equal, f.Arguments[0], SqlLiteral.String(string.Empty)), Int(0))],
        new SqlNativeFunction("ascii", f.Arguments[0]));

    /// <summary>Spark's <c>chr(n)</c>: the character of n modulo 256, empty for a negative n.</summary>
    private static SqlExpr Chr(SqlFunction f) => new SqlCase(
        [new SqlWhen(Binary(SqlBinaryOperator.Less, f.Arguments[0], Int(0)), SqlLiteral.String(string.Empty))],
        new SqlNativeFunction("chr", new SqlCast(Binary(SqlBinaryOperator.Modulo, f.Arguments[0], Int(256)), SqlType.Int)));

    /// <summary>
    /// Spark's <c>substring(s, pos[, len])</c>: pos &gt; 0 is the pos-th character, 0 the first, pos &lt; 0 counts from
    /// the end; positions before the first count against the length; an empty string when nothing is left.
    /// </summary>
    private static SqlExpr Substring(SqlFunction f)
    {
        var (text, pos) = (f.Arguments[0], f.Arguments[1]);
        var length = new SqlNativeFunction("length", text);
        SqlExpr start = new SqlCase(
            [
                new SqlWhen(Binary(SqlBinaryOperator.Greater, pos, Int(0)), Binary(SqlBinaryOperator.Subtract, pos, Int(1))),
                new SqlWhen(Binary(SqlBinaryOperator.Less, pos, Int(0)), Binary(SqlBinaryOperator.Add, length, pos)),
            ],
            Int(0));
        var clamped = new SqlNativeFunction("greatest", start, Int(0));
        var nullPosition = new SqlWhen(new SqlIsNull(pos), SqlLiteral.Null(SqlType.String));
        if (f.Arguments.Count == 2)
        {
            return new SqlCase([nullPosition], new SqlNativeFunction("substring", text, Binary(SqlBinaryOperator.Add, clamped, Int(1))));
        }

        var end = Binary(SqlBinaryOperator.Add, start, f.Arguments[2]);
        return new SqlCase(
            [nullPosition, new SqlWhen(Binary(SqlBinaryOperator.GreaterOrEqual, clamped, end), SqlLiteral.String(string.Empty))],
            new SqlNativeFunction("substring", text, Binary(SqlBinaryOperator.Add, clamped, Int(1)), Binary(SqlBinaryOperator.Subtract, end, clamped)));
    }

    /// <summary>Spark's <c>locate(substr, str, pos)</c>: the first match at or after pos, 0 when none or pos &lt; 1 or NULL.</summary>
    private static SqlExpr Locate(SqlFunction f)
    {
        var (target, text, pos) = (f.Arguments[0], f.Arguments[1], f.Arguments[2]);
        var found = new SqlNativeFunction("instr", new SqlNativeFunction("substring", text, pos), target);
        return new SqlCase(
            [
                new SqlWhen(new SqlIsNull(pos), Int(0)),
                new SqlWhen(Binary(SqlBinaryOperator.Less, pos, Int(1)), Int(0)),
                new SqlWhen(Binary(SqlBinaryOperator.Equal, found, Int(0)), Int(0)),
            ],
            Binary(SqlBinaryOperator.Subtract, Binary(SqlBinaryOperator.Add, found, pos), Int(1)));
    }

    /// <summary>Spark's <c>lpad</c>/<c>rpad</c>: empty for a length of 0 or less, truncation without padding for an empty pad (DuckDB raises).</summary>
    private static SqlExpr Pad(SqlFunction f, string name)
    {
        var (text, length, pad) = (f.Arguments[0], f.Arguments[1], f.Arguments[2]);
        return new SqlCase(
            [
                new SqlWhen(Binary(SqlBinaryOperator.LessOrEqual, length, Int(0)), SqlLiteral.String(string.Empty)),
                new SqlWhen(Binary(SqlBinaryOperator.Equal, pad, SqlLiteral.String(string.Empty)), new SqlNativeFunction("substring", text, Int(1), length)),
            ],
            new SqlNativeFunction(name, text, length, pad));
    }

    /// <summary>Spark's <c>concat</c> is NULL when any argument is (DuckDB's skips NULLs).</summary>
    private static SqlExpr Concat(SqlFunction f)
    {
        var anyNull = f.Arguments.Select(a => (SqlExpr)new SqlIsNull(a)).Aggregate((a, b) => Binary(SqlBinaryOperator.Or, a, b));
        return new SqlCase([new SqlWhen(anyNull, SqlLiteral.Null(SqlType.String))], new SqlNativeFunction("concat", f.Arguments));
    }

    /// <summary>A Java pattern for RE2: the Unicode flag <c>u</c>, which RE2 lacks (its case folding is Unicode already), dropped from constants.</summary>
    private static SqlExpr Pattern(SqlExpr pattern) => pattern switch
    {
        SqlLiteral { Value: string text } => SqlLiteral.String(text.Replace("(?iu)", "(?i)", StringComparison.Ordinal)),
        SqlFunction { Name: "concat_ws" or "concat" } call => call with { Arguments = [.. call.Arguments.Select(Pattern)] },
        _ => pattern,
    };

    /// <summary>A Java replacement for RE2: <c>$n</c> as <c>\n</c>, <c>\c</c> as the character c (a backslash doubled).</summary>
    private static SqlExpr Replacement(SqlExpr replacement)
    {
        if (replacement is not SqlLiteral { Value: string text })
        {
            return replacement;
        }

        var re2 = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\' && i + 1 < text.Length)
            {
                i++;
                re2.Append(text[i] == '\\' ? "\\\\" : text[i].ToString());
            }
            else if (text[i] == '$' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]))
            {
                re2.Append('\\').Append(text[i + 1]);
                i++;
            }
            else
            {
                re2.Append(text[i]);
            }
        }

        return SqlLiteral.String(re2.ToString());
    }
}
