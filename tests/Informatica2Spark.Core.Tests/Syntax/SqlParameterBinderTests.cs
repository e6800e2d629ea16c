using Informatica2Spark.Syntax;
using Xunit;

namespace Informatica2Spark.Core.Tests.Syntax;

/// <summary>Run-time values bound into translated Spark SQL as literals, never as pasted text.</summary>
public sealed class SqlParameterBinderTests
{
    private static string? Values(string name) => name switch
    {
        "LAST_RUN" => SparkSqlLiterals.Of(RunTimeValueKind.DateTime, new DateTime(2024, 1, 15, 10, 30, 0)),
        "NAME" => SparkSqlLiterals.Of(RunTimeValueKind.String, "O'Brien \\ co"),
        "LIMIT" => SparkSqlLiterals.Of(RunTimeValueKind.BigInt, 10L),
        _ => null,
    };

    [Fact]
    public void Markers_are_replaced_by_literals()
    {
        var bound = SqlParameterBinder.Bind("CASE WHEN `UPDATED` > :LAST_RUN AND `N` = :NAME THEN :LIMIT END", Values);
        Assert.Equal("CASE WHEN `UPDATED` > TIMESTAMP '2024-01-15 10:30:00' AND `N` = 'O\\'Brien \\\\ co' THEN 10L END", bound);
    }

    [Theory]
    [InlineData("'it is :NAME'", "'it is :NAME'")]
    [InlineData("'a\\':NAME'", "'a\\':NAME'")]
    [InlineData("`:NAME`", "`:NAME`")]
    [InlineData("x -- :NAME\n:NAME", "x -- :NAME\n'O\\'Brien \\\\ co'")]
    [InlineData("/* :NAME */ :UNKNOWN", "/* :NAME */ :UNKNOWN")]
    [InlineData("a::NAME", "a::NAME")]
    [InlineData(":NAMES", ":NAMES")]
    public void Markers_inside_literals_identifiers_and_comments_are_left_alone(string sql, string expected) =>
        Assert.Equal(expected, SqlParameterBinder.Bind(sql, Values));

    [Fact]
    public void Markers_are_listed_once_in_order_of_first_use() =>
        Assert.Equal(["B", "A"], SqlParameterBinder.Markers("f(:B, ':C', :A, :B)"));

    [Theory]
    [InlineData(RunTimeValueKind.Integer, "42", "42")]
    [InlineData(RunTimeValueKind.BigInt, "-7", "-7L")]
    [InlineData(RunTimeValueKind.Decimal, "12.50", "12.50BD")]
    [InlineData(RunTimeValueKind.Double, "2.5", "2.5D")]
    [InlineData(RunTimeValueKind.Double, "3", "3.0D")]
    [InlineData(RunTimeValueKind.DateTime, "01/15/2024 10:30:00.123456", "TIMESTAMP '2024-01-15 10:30:00.123456'")]
    [InlineData(RunTimeValueKind.DateTime, "", "CAST(NULL AS TIMESTAMP)")]
    [InlineData(RunTimeValueKind.String, "", "''")]
    [InlineData(RunTimeValueKind.String, "tab\there", "'tab\\there'")]
    [InlineData(RunTimeValueKind.String, "${env:AWS_SECRET_ACCESS_KEY}", "'$\\{env:AWS_SECRET_ACCESS_KEY}'")]
    [InlineData(RunTimeValueKind.String, "cost: $5 {net}", "'cost: $5 {net}'")]
    public void Values_read_as_their_kind_become_spark_literals(RunTimeValueKind kind, string text, string literal)
    {
        Assert.True(RunTimeValues.TryParse(kind, text, 2026, out var value, out var problem), problem);
        Assert.Equal(literal, SparkSqlLiterals.Of(kind, value));
    }

    [Theory]
    [InlineData(RunTimeValueKind.Integer, "12abc")]
    [InlineData(RunTimeValueKind.Integer, "3000000000")]
    [InlineData(RunTimeValueKind.Decimal, "1,5")]
    [InlineData(RunTimeValueKind.DateTime, "2024-01-15")]
    [InlineData(RunTimeValueKind.DateTime, "02/30/2024")]
    public void Values_that_are_not_of_their_kind_are_refused_with_a_reason(RunTimeValueKind kind, string text)
    {
        Assert.False(RunTimeValues.TryParse(kind, text, 2026, out _, out var problem));
        Assert.Contains(text, problem, StringComparison.Ordinal);
    }
}
