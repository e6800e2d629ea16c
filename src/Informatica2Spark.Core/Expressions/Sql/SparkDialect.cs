using System.Globalization;
using System.Text;
using Informatica2Spark.Syntax;

namespace Informatica2Spark.Core.Expressions.Sql;

/// <summary>
/// Spark SQL (Spark SQL Reference: Literals, Data Types, Identifiers): identifiers in backticks, string literals in
/// single quotes with backslash escapes (the default, <c>spark.sql.parser.escapedStringLiterals=false</c>), typed
/// literals (<c>42L</c>, <c>12.50BD</c>, <c>2.5D</c>, <c>TIMESTAMP '...'</c>, <c>DATE '...'</c>, <c>X'..'</c>), and
/// run-time parameters as named markers <c>:NAME</c> that the generated driver binds as literals of this dialect.
/// </summary>
public sealed class SparkDialect : SqlDialect
{
    public static SparkDialect Instance { get; } = new();

    public override string Name => "spark";

    protected override string NullSafeEqualOperator => "<=>";

    protected override string CreateViewKeywords => "CREATE OR REPLACE TEMPORARY VIEW";

    public override string QuoteIdentifier(string name) => "`" + Printable(name).Replace("`", "``", StringComparison.Ordinal) + "`";

    /// <summary>A name with no backtick and no control character is written between backticks as it is, as <see cref="QuoteIdentifier"/> writes it.</summary>
    protected override StringBuilder AppendIdentifier(StringBuilder text, string name)
    {
        foreach (var c in name)
        {
            if (c == '`' || char.IsControl(c))
            {
                return text.Append(QuoteIdentifier(name));
            }
        }

        return text.Append('`').Append(name).Append('`');
    }

    public override string Parameter(SqlParameter parameter) => ParameterMarker(parameter.Name);

    /// <summary>
    /// The marker of a run-time value: <c>:</c> and its name without the leading dollars, every character other than
    /// a letter, digit or underscore written as <c>_</c> (<c>$$LAST_RUN</c> is <c>:LAST_RUN</c>,
    /// <c>$s_load.Status</c> is <c>:s_load_Status</c>): the form of Spark's named parameter markers. Generated
    /// drivers replace every marker with the run's value as a literal (<see cref="SqlParameterBinder"/>) before Spark
    /// reads the text.
    /// </summary>
    public static string ParameterMarker(string name) =>
        ":" + new string([.. name.TrimStart('$').Select(c => char.IsLetterOrDigit(c) || c == '_' ? c : '_')]);

    public override string TypeName(SqlType type) => type.ToString();

    public override string Literal(SqlLiteral literal) => literal.Value switch
    {
        null => $"CAST(NULL AS {TypeName(literal.Type)})",
        string text when literal.Type.Kind == SqlTypeKind.String => Quote(text),
        bool flag => flag ? "TRUE" : "FALSE",
        long number when literal.Type.Kind == SqlTypeKind.BigInt => number.ToString(CultureInfo.InvariantCulture) + "L",
        long number when literal.Type.Kind == SqlTypeKind.Int => number.ToString(CultureInfo.InvariantCulture),
        decimal number when literal.Type.Kind == SqlTypeKind.Decimal => DecimalLiteral(number, literal.Type),
        double number => SparkSqlLiterals.Double(number),
        DateTime timestamp => SparkSqlLiterals.Timestamp(timestamp),
        DateOnly date => $"DATE '{SqlLiterals.Date(date)}'",
        byte[] bytes => $"X'{SqlLiterals.Hex(bytes)}'",
        var other => $"CAST({Literal(Natural(other))} AS {TypeName(literal.Type)})",
    };

    /// <summary>A Spark string literal (<see cref="SparkSqlLiterals.String"/>).</summary>
    public static string Quote(string text) => SparkSqlLiterals.String(text);

    /// <summary>
    /// A decimal literal of exactly the declared type: <c>12.50BD</c> is DECIMAL(4,2) in Spark, so the digits are
    /// written at the type's scale, and a CAST is added when the precision must be wider than the digits.
    /// </summary>
    private string DecimalLiteral(decimal number, SqlType type)
    {
        var scaled = Math.Round(number, type.Scale, MidpointRounding.AwayFromZero);
        var text = scaled.ToString("F" + type.Scale.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) + "BD";
        return SqlLiterals.DecimalPrecision(scaled, type.Scale) >= type.Precision ? text : $"CAST({text} AS {TypeName(type)})";
    }

    private static SqlLiteral Natural(object value) => value switch
    {
        string text => SqlLiteral.String(text),
        long number => SqlLiteral.Int(number),
        int number => SqlLiteral.Int(number),
        decimal number => new SqlLiteral(number, SqlType.Decimal(38, Math.Min(38, (int)((decimal.GetBits(number)[3] >> 16) & 0xFF)))),
        double number => new SqlLiteral(number, SqlType.Double),
        bool flag => SqlLiteral.Bool(flag),
        _ => throw new DialectNotSupportedException($"a literal of {value.GetType().Name} has no Spark form"),
    };
}
