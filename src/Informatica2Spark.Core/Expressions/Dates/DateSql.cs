using Informatica2Spark.Core.Expressions.Sql;

namespace Informatica2Spark.Core.Expressions.Dates;

/// <summary>
/// Small builders of the Spark SQL the date functions share: calls, integer literals, casts, and the parts of a
/// timestamp. Spark timestamps hold microseconds; PowerCenter's hold nanoseconds, so a nanosecond part below the
/// microsecond is never present in the data Spark reads.
/// </summary>
internal static class DateSql
{
    public static SqlFunction Call(string name, params SqlExpr[] arguments) => new(name, arguments);

    public static SqlLiteral Int(long value) => SqlLiteral.Int(value);

    public static SqlExpr AsInt(SqlExpr value) => new SqlCast(value, SqlType.Int);

    public static SqlExpr AsString(SqlExpr value) => new SqlCast(value, SqlType.String);

    public static SqlExpr Add(SqlExpr left, SqlExpr right) => new SqlBinary(SqlBinaryOperator.Add, left, right);

    public static SqlExpr Subtract(SqlExpr left, SqlExpr right) => new SqlBinary(SqlBinaryOperator.Subtract, left, right);

    public static SqlExpr Multiply(SqlExpr left, SqlExpr right) => new SqlBinary(SqlBinaryOperator.Multiply, left, right);

    public static SqlExpr Divide(SqlExpr left, SqlExpr right) => new SqlBinary(SqlBinaryOperator.Divide, left, right);

    public static SqlExpr Modulo(SqlExpr left, SqlExpr right) => new SqlBinary(SqlBinaryOperator.Modulo, left, right);

    public static SqlExpr Equal(SqlExpr left, SqlExpr right) => new SqlBinary(SqlBinaryOperator.Equal, left, right);

    public static SqlExpr AtLeast(SqlExpr left, SqlExpr right) => new SqlBinary(SqlBinaryOperator.GreaterOrEqual, left, right);

    /// <summary>
    /// <c>low &lt;= value AND value &lt;= high</c>, or null when the value is a constant within the range (no check
    /// needed); a constant outside it gives FALSE.
    /// </summary>
    public static SqlExpr? Between(SqlExpr value, long low, long high)
    {
        if (value is SqlLiteral { Value: long constant })
        {
            return constant >= low && constant <= high ? null : SqlLiteral.Bool(false);
        }

        return new SqlBinary(SqlBinaryOperator.And, AtLeast(value, Int(low)), new SqlBinary(SqlBinaryOperator.LessOrEqual, value, Int(high)));
    }

    /// <summary>Conditions joined with AND, the absent ones left out; null when none is left.</summary>
    public static SqlExpr? All(params SqlExpr?[] conditions) =>
        conditions.OfType<SqlExpr>().Aggregate((SqlExpr?)null, (all, next) => all is null ? next : new SqlBinary(SqlBinaryOperator.And, all, next));

    /// <summary><c>CASE WHEN condition THEN value END</c>, or the value when there is no condition.</summary>
    public static SqlExpr When(SqlExpr? condition, SqlExpr value) => condition is null ? value : new SqlCase([new SqlWhen(condition, value)], null);

    /// <summary>The value is not NULL; null (no check) for a constant that is not NULL.</summary>
    public static SqlExpr? NotNull(SqlExpr value) => value is SqlLiteral { Value: not null } ? null : new SqlIsNull(value, Negated: true);

    /// <summary>A whole-number argument as an INT: constants (also negative ones) as literals, other values cast.</summary>
    public static SqlExpr IntArgument(Translation.CallTranslation call, int index) => call.Bound(index) switch
    {
        Binding.BoundUnary { Operator: Syntax.UnaryOperator.Negate, Operand: Binding.BoundLiteral { Value: decimal value } } when value == Math.Truncate(value) && value <= int.MaxValue => Int(-(long)value),
        _ => call.Int(index),
    };

    /// <summary>The microseconds of the second (0-999999): <c>CAST(date_format(ts, 'SSSSSS') AS INT)</c>, in every Spark version.</summary>
    public static SqlExpr MicrosOfSecond(SqlExpr timestamp) => AsInt(Call("date_format", timestamp, SqlLiteral.String("SSSSSS")));

    /// <summary>
    /// Microseconds since the epoch: <c>unix_micros(ts)</c> (Spark 3.1 and later); on 3.0 the seconds as a double
    /// times a million, exact to a microsecond for dates of this era.
    /// </summary>
    public static SqlExpr EpochMicros(SqlExpr timestamp, bool hasUnixMicros) => hasUnixMicros
        ? Call("unix_micros", timestamp)
        : new SqlCast(Multiply(new SqlCast(timestamp, SqlType.Double), new SqlLiteral(1_000_000d, SqlType.Double)), SqlType.BigInt);

    /// <summary>
    /// <c>ts + make_interval(years, months, 0, days, hours, minutes, seconds)</c> with only the parts up to the last
    /// one given: months are added on the calendar (Jan 31 + 1 month is Feb 28 or 29), days on the calendar, and
    /// hours, minutes and seconds as elapsed time.
    /// </summary>
    public static SqlExpr Plus(SqlExpr timestamp, DatePart part, SqlExpr amount)
    {
        var position = part switch
        {
            DatePart.Year => 0,
            DatePart.Month => 1,
            DatePart.Day => 3,
            DatePart.Hour => 4,
            DatePart.Minute => 5,
            _ => 6,
        };
        var arguments = Enumerable.Range(0, position + 1).Select(i => i == position ? amount : Int(0)).ToArray();
        return Add(timestamp, Call("make_interval", arguments));
    }

    /// <summary>The unit Spark's <c>date_trunc</c> names for a part; microseconds and nanoseconds need no truncation in Spark.</summary>
    public static string? TruncUnit(DatePart part) => part switch
    {
        DatePart.Year => "YEAR",
        DatePart.Month => "MONTH",
        DatePart.Day => "DAY",
        DatePart.Hour => "HOUR",
        DatePart.Minute => "MINUTE",
        DatePart.Second => "SECOND",
        DatePart.Millisecond => "MILLISECOND",
        _ => null,
    };

    /// <summary><c>date_trunc(unit, ts)</c>, or the timestamp itself for microseconds and nanoseconds.</summary>
    public static SqlExpr Truncate(SqlExpr timestamp, DatePart part) =>
        TruncUnit(part) is { } unit ? Call("date_trunc", SqlLiteral.String(unit), timestamp) : timestamp;
}
