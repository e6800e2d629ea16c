namespace Informatica2Spark.Core.Expressions.Sql;

/// <summary>
/// A node of the SQL a translated expression becomes. The tree speaks Spark SQL's vocabulary (function names and
/// semantics are Spark's); a <see cref="SqlDialect"/> renders it as text, rewriting what its engine spells otherwise.
/// </summary>
public abstract record SqlExpr;

/// <summary>A column of the rows the expression is evaluated on; <see cref="Table"/> qualifies it in a join.</summary>
public sealed record SqlColumn(string Name) : SqlExpr
{
    /// <summary>The alias of the relation the column comes from, written <c>alias.`name`</c>; null when unqualified.</summary>
    public string? Table { get; init; }
}

/// <summary><c>*</c> or <c>alias.*</c>: every column of the relation (of all relations when <see cref="Table"/> is null).</summary>
public sealed record SqlStar(string? Table = null) : SqlExpr;

/// <summary>
/// A constant. <see cref="Value"/> is null (a typed NULL), a string, a long, a decimal, a double, a bool, a
/// <see cref="DateTime"/> (a timestamp, microseconds kept), a <see cref="DateOnly"/> or a byte array.
/// </summary>
public sealed record SqlLiteral(object? Value, SqlType Type) : SqlExpr
{
    public static SqlLiteral String(string value) => new(value, SqlType.String);

    public static SqlLiteral Int(long value) => new(value, value is >= int.MinValue and <= int.MaxValue ? SqlType.Int : SqlType.BigInt);

    public static SqlLiteral Bool(bool value) => new(value, SqlType.Boolean);

    public static SqlLiteral Null(SqlType type) => new(null, type);
}

/// <summary>An untyped NULL: the engine gives it the type its place needs (a CASE branch, a function argument).</summary>
public sealed record SqlNull : SqlExpr
{
    public static SqlNull Instance { get; } = new();
}

/// <summary>A value bound when the job runs (a mapping parameter or variable), rendered as a named marker.</summary>
public sealed record SqlParameter(string Name, SqlType Type) : SqlExpr;

/// <summary>Unary operators of SQL.</summary>
public enum SqlUnaryOperator
{
    Negate,
    Not,
}

/// <summary><c>-x</c> or <c>NOT x</c>.</summary>
public sealed record SqlUnary(SqlUnaryOperator Operator, SqlExpr Operand) : SqlExpr;

/// <summary>Binary operators of SQL; <see cref="NullSafeEqual"/> is Spark's <c>&lt;=&gt;</c>.</summary>
public enum SqlBinaryOperator
{
    Multiply,
    Divide,
    Modulo,
    Add,
    Subtract,
    Equal,
    NotEqual,
    NullSafeEqual,
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
    And,
    Or,
}

/// <summary>An infix operation.</summary>
public sealed record SqlBinary(SqlBinaryOperator Operator, SqlExpr Left, SqlExpr Right) : SqlExpr;

/// <summary>One <c>WHEN condition THEN value</c> of a CASE.</summary>
public sealed record SqlWhen(SqlExpr Condition, SqlExpr Value);

/// <summary><c>CASE WHEN ... THEN ... ELSE ... END</c>; a missing ELSE gives NULL.</summary>
public sealed record SqlCase(IReadOnlyList<SqlWhen> Whens, SqlExpr? Else) : SqlExpr;

/// <summary><c>CAST(x AS type)</c>.</summary>
public sealed record SqlCast(SqlExpr Operand, SqlType Type) : SqlExpr;

/// <summary><c>x IS NULL</c> or <c>x IS NOT NULL</c>.</summary>
public sealed record SqlIsNull(SqlExpr Operand, bool Negated = false) : SqlExpr;

/// <summary><c>x IN (a, b, ...)</c>.</summary>
public sealed record SqlIn(SqlExpr Operand, IReadOnlyList<SqlExpr> Values) : SqlExpr;

/// <summary>A call of a Spark SQL function by its Spark name, such as <c>substring</c> or <c>date_format</c>.</summary>
public sealed record SqlFunction(string Name, IReadOnlyList<SqlExpr> Arguments) : SqlExpr
{
    public SqlFunction(string name, params SqlExpr[] arguments)
        : this(name, (IReadOnlyList<SqlExpr>)arguments)
    {
    }
}

/// <summary>
/// A call of a function in a dialect's own vocabulary, written by that dialect's rewrites: printed as it is, its
/// arguments still rewritten. Never part of a translation's tree.
/// </summary>
public sealed record SqlNativeFunction(string Name, IReadOnlyList<SqlExpr> Arguments) : SqlExpr
{
    public SqlNativeFunction(string name, params SqlExpr[] arguments)
        : this(name, (IReadOnlyList<SqlExpr>)arguments)
    {
    }
}

/// <summary>
/// An aggregate call: <c>name([DISTINCT] argument, more...)</c> or <c>count(*)</c> when <see cref="Argument"/> is
/// null, with an optional <c>FILTER (WHERE ...)</c> clause. <see cref="More"/> holds the arguments after the
/// aggregated one (the percentage of <c>percentile(x, 0.75)</c>, the ordering of <c>min_by(x, o)</c>).
/// </summary>
public sealed record SqlAggregate(string Name, SqlExpr? Argument, SqlExpr? Filter = null, bool Distinct = false, IReadOnlyList<SqlExpr>? More = null) : SqlExpr;

/// <summary>
/// An aggregate over the rows read so far, in the order the rows arrive: <c>function OVER (ORDER BY order ROWS
/// BETWEEN n PRECEDING AND CURRENT ROW)</c>, unbounded when <see cref="Preceding"/> is null.
/// </summary>
public sealed record SqlRunningAggregate(SqlAggregate Function, SqlExpr Order, int? Preceding) : SqlExpr;
