using Informatica2Spark.Testing.Sql;
using Xunit;

namespace Informatica2Spark.Core.Tests.SqlEngine;

/// <summary>One embedded DuckDB database shared by the tests of a class.</summary>
public sealed class DuckDbEngineFixture : IDisposable
{
    /// <summary>The engine, open for the lifetime of the test class.</summary>
    public DuckDbEngine Engine { get; } = new();

    /// <summary>Closes the database.</summary>
    public void Dispose() => Engine.Dispose();
}

/// <summary>
/// The DuckDB execution harness: expressions evaluated on embedded DuckDB against typed one-row inputs, results
/// normalized to invariant text and compared with documented results.
/// </summary>
public sealed class DuckDbEngineTests(DuckDbEngineFixture fixture) : IClassFixture<DuckDbEngineFixture>
{
    private readonly DuckDbEngine engine = fixture.Engine;

    [Fact]
    public void The_native_library_loads_and_reports_its_version()
    {
        Assert.StartsWith("v1.5.6", engine.LibraryVersion, StringComparison.Ordinal);
    }

    [Fact]
    public void Case_with_null_inputs_takes_the_else_branch()
    {
        var inputs = new[] { InputColumn.Integer("qty", null), InputColumn.Varchar("status", null) };

        var result = engine.Evaluate("CASE WHEN qty > 0 THEN 'pos' WHEN status = 'X' THEN 'x' ELSE 'other' END", inputs);

        AssertResult("other", "VARCHAR", result);
    }

    [Fact]
    public void Case_without_else_on_null_input_is_null()
    {
        var result = engine.Evaluate("CASE WHEN qty > 0 THEN 1 END", InputColumn.Integer("qty", null));

        Assert.True(result.IsNull, result.ToString());
        Assert.Equal("INTEGER", result.TypeName);
        Assert.True(SqlResultComparer.Matches(null, result));
    }

    [Fact]
    public void Slash_divides_fractionally_and_double_slash_divides_integers()
    {
        var inputs = new[] { InputColumn.Integer("a", "7"), InputColumn.Integer("b", "2") };

        AssertResult("3.5", "DOUBLE", engine.Evaluate("a / b", inputs));
        AssertResult("3", "INTEGER", engine.Evaluate("a // b", inputs));
        AssertResult("-3", "INTEGER", engine.Evaluate("-a // b", inputs));
        Assert.True(engine.Evaluate("a // 0", inputs).IsNull);
    }

    [Fact]
    public void Decimal_arithmetic_keeps_the_scale()
    {
        var inputs = new[] { InputColumn.Decimal("price", 10, 2, "12.50"), InputColumn.Decimal("fee", 10, 3, "1.005") };

        var product = engine.Evaluate("price * 2", inputs);
        Assert.Equal("25.00", product.Value);
        Assert.Equal("DECIMAL(18,2)", product.TypeName);

        var sum = engine.Evaluate("price + fee", inputs);
        Assert.Equal("13.505", sum.Value);
        Assert.Equal("DECIMAL(12,3)", sum.TypeName);

        var wide = engine.Evaluate("price", InputColumn.Decimal("price", 38, 2, "12345678901234567890123456789012.50"));
        Assert.Equal("12345678901234567890123456789012.50", wide.Value);
        Assert.Equal("DECIMAL(38,2)", wide.TypeName);

        Assert.Equal("12.50", engine.Evaluate("price", InputColumn.Decimal("price", 38, 2, "12.50")).Value);
    }

    [Fact]
    public void Concatenation_with_null_is_null_but_concat_skips_null()
    {
        var inputs = new[] { InputColumn.Varchar("first", "a"), InputColumn.Varchar("last", null) };

        Assert.True(engine.Evaluate("first || last", inputs).IsNull);
        AssertResult("a", "VARCHAR", engine.Evaluate("concat(first, last)", inputs));
        AssertResult("a-", "VARCHAR", engine.Evaluate("first || '-' || coalesce(last, '')", inputs));
    }

    [Fact]
    public void Timestamps_are_normalized_and_compared_as_timestamps()
    {
        var inputs = new[] { InputColumn.Timestamp("ts", "2024-01-31 10:00:00"), InputColumn.Date("d", "2024-02-10") };

        AssertResult("2024-02-29 10:00:00", "TIMESTAMP", engine.Evaluate("ts + INTERVAL 1 MONTH", inputs));
        AssertResult("2024-01-31 10:00:00.250000", "TIMESTAMP", engine.Evaluate("ts + INTERVAL 250 MILLISECOND", inputs));
        Assert.True(SqlResultComparer.Matches("2024-01-31 10:00:00.25", engine.Evaluate("ts + INTERVAL 250 MILLISECOND", inputs)));
        AssertResult("2024-02-29", "DATE", engine.Evaluate("last_day(d)", inputs));
        Assert.True(SqlResultComparer.Matches("2024-01-01", engine.Evaluate("date_trunc('month', ts)", inputs)));
        AssertResult("1", "BIGINT", engine.Evaluate("date_diff('month', ts, d)", inputs));
        AssertResult("2024-01-31 08:00:00", "TIMESTAMP WITH TIME ZONE", engine.Evaluate("TIMESTAMPTZ '2024-01-31 10:00:00+02'", inputs));
        AssertResult("infinity", "TIMESTAMP", engine.Evaluate("'infinity'::TIMESTAMP", inputs));
        AssertResult("10000-01-01 00:00:00", "TIMESTAMP", engine.Evaluate("'10000-01-01'::TIMESTAMP", inputs));
    }

    [Fact]
    public void Sql_errors_are_returned_as_one_line_never_thrown()
    {
        var conversion = engine.Evaluate("CAST(code AS INTEGER)", InputColumn.Varchar("code", "12abc"));
        Assert.True(conversion.Failed);
        Assert.Equal("Conversion Error: Could not convert string '12abc' to INT32 when casting from source column code", conversion.Error);
        Assert.Null(conversion.Value);
        Assert.False(SqlResultComparer.Matches(null, conversion));

        var raised = engine.Evaluate("error('x')");
        Assert.Equal("Invalid Input Error: x", raised.Error);

        var unknown = engine.Evaluate("no_such_column + 1", InputColumn.Integer("a", "1"));
        Assert.StartsWith("Binder Error: Referenced column \"no_such_column\" not found", unknown.Error, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', unknown.Error!);

        var syntax = engine.Evaluate("1 +");
        Assert.StartsWith("Parser Error:", syntax.Error, StringComparison.Ordinal);

        // The connection stays usable after errors.
        AssertResult("2", "INTEGER", engine.Evaluate("1 + 1"));
    }

    [Fact]
    public void Null_inputs_keep_their_declared_type()
    {
        (string Type, string Expected)[] types =
        [
            ("VARCHAR", "VARCHAR"), ("INTEGER", "INTEGER"), ("BIGINT", "BIGINT"), ("DECIMAL(10,2)", "DECIMAL(10,2)"),
            ("DOUBLE", "DOUBLE"), ("TIMESTAMP", "TIMESTAMP"), ("DATE", "DATE"), ("BLOB", "BLOB"), ("BOOLEAN", "BOOLEAN"),
        ];

        foreach (var (type, expected) in types)
        {
            var result = engine.Evaluate("v", new InputColumn("v", type, null));
            Assert.True(result.IsNull, type + ": " + result);
            Assert.Equal(expected, result.TypeName);
        }

        AssertResult("true", "BOOLEAN", engine.Evaluate("v IS NULL", new InputColumn("v", "DECIMAL(10,2)", null)));
        AssertResult("DECIMAL(10,2)", "VARCHAR", engine.Evaluate("typeof(v)", new InputColumn("v", "DECIMAL(10,2)", null)));
    }

    [Fact]
    public void Identifiers_with_odd_characters_are_quoted()
    {
        var inputs = new[]
        {
            InputColumn.Integer("in qty\"x'", "4"),
            InputColumn.Integer("select", "3"),
            InputColumn.Varchar("$$PARAM-1.a", "it's"),
        };

        AssertResult("7", "INTEGER", engine.Evaluate("\"in qty\"\"x'\" + \"select\"", inputs));
        AssertResult("it's!", "VARCHAR", engine.Evaluate(DuckDbEngine.QuoteIdentifier("$$PARAM-1.a") + " || '!'", inputs));
    }

    [Fact]
    public void Values_of_each_input_type_are_normalized()
    {
        AssertResult("12.50", "DECIMAL(10,2)", engine.Evaluate("v", InputColumn.Decimal("v", 10, 2, "12.5")));
        AssertResult("0.30000000000000004", "DOUBLE", engine.Evaluate("v + 0.2::DOUBLE", InputColumn.Double("v", "0.1")));
        AssertResult("1000", "DOUBLE", engine.Evaluate("v", InputColumn.Double("v", "1e3")));
        AssertResult("9007199254740993", "BIGINT", engine.Evaluate("v", InputColumn.BigInt("v", "9007199254740993")));
        AssertResult("true", "BOOLEAN", engine.Evaluate("v", InputColumn.Boolean("v", "true")));
        AssertResult("414243", "BLOB", engine.Evaluate("v", InputColumn.Blob("v", "414243")));
        AssertResult("ABC", "VARCHAR", engine.Evaluate("upper(decode(v))", InputColumn.Blob("v", "616263")));
        AssertResult("2024-01-31", "DATE", engine.Evaluate("v", InputColumn.Date("v", "2024-01-31")));
        AssertResult("2024-01-31 10:00:00.123456", "TIMESTAMP", engine.Evaluate("v", InputColumn.Timestamp("v", "2024-01-31 10:00:00.123456")));
        AssertResult("héllo", "VARCHAR", engine.Evaluate("v", InputColumn.Varchar("v", "héllo")));
        AssertResult("", "VARCHAR", engine.Evaluate("v", InputColumn.Varchar("v", "")));
        Assert.False(engine.Evaluate("v", InputColumn.Varchar("v", "")).IsNull);
    }

    [Fact]
    public void An_expression_ending_in_a_line_comment_still_evaluates()
    {
        AssertResult("3", "INTEGER", engine.Evaluate("1 + 2 -- the sum"));
    }

    [Fact]
    public void A_type_name_that_would_change_the_query_is_refused()
    {
        Assert.Throws<ArgumentException>(() => engine.Evaluate("v", new InputColumn("v", "INTEGER); DROP TABLE t; --", "1")));
    }

    [Fact]
    public void An_unknown_type_name_is_a_sql_error()
    {
        Assert.StartsWith("Catalog Error: Type with name VARCHAR2 does not exist", engine.Evaluate("v", new InputColumn("v", "VARCHAR2", "a")).Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Batch_evaluates_cases_in_order_on_one_connection()
    {
        var cases = Enumerable.Range(0, 300)
            .Select(i => new EvaluationCase("n * 2", [InputColumn.Integer("n", i.ToString(System.Globalization.CultureInfo.InvariantCulture))]))
            .Append(new EvaluationCase("error('stop')", []))
            .Append(new EvaluationCase("n", [InputColumn.Integer("n", null)]))
            .ToList();

        var results = engine.Evaluate(cases);

        Assert.Equal(cases.Count, results.Count);
        for (var i = 0; i < 300; i++)
        {
            Assert.True(SqlResultComparer.Matches((i * 2).ToString(System.Globalization.CultureInfo.InvariantCulture), results[i]), results[i].ToString());
        }

        Assert.Equal("Invalid Input Error: stop", results[300].Error);
        Assert.True(results[301].IsNull);
    }

    [Fact]
    public void Numbers_compare_numerically()
    {
        var decimalResult = engine.Evaluate("12.50::DECIMAL(10,2)");
        Assert.True(SqlResultComparer.Matches("12.5", decimalResult));
        Assert.True(SqlResultComparer.Matches("12.500", decimalResult));
        Assert.False(SqlResultComparer.Matches("12.51", decimalResult));

        var doubleResult = engine.Evaluate("1000.0::DOUBLE");
        Assert.True(SqlResultComparer.Matches("1e3", doubleResult));
        Assert.True(SqlResultComparer.Matches("1000.0000000001", doubleResult));
        Assert.False(SqlResultComparer.Matches("1000.00001", doubleResult));
        Assert.True(SqlResultComparer.Matches("0.3", engine.Evaluate("0.1::DOUBLE + 0.2::DOUBLE")));
        Assert.True(SqlResultComparer.Matches("NaN", engine.Evaluate("'NaN'::DOUBLE")));
        Assert.True(SqlResultComparer.Matches("Infinity", engine.Evaluate("1 / 0")));
        Assert.False(SqlResultComparer.Matches("0.000000001", engine.Evaluate("0::DOUBLE")));

        Assert.True(SqlResultComparer.Matches("1e3", engine.Evaluate("1000")));
        Assert.False(SqlResultComparer.Matches("abc", engine.Evaluate("1000")));
    }

    [Fact]
    public void Strings_compare_exactly_and_null_only_with_null()
    {
        var text = engine.Evaluate("'12.50'");
        Assert.True(SqlResultComparer.Matches("12.50", text));
        Assert.False(SqlResultComparer.Matches("12.5", text));
        Assert.False(SqlResultComparer.Matches("12.50 ", text));
        Assert.False(SqlResultComparer.Matches(null, text));

        var empty = engine.Evaluate("''");
        Assert.True(SqlResultComparer.Matches("", empty));
        Assert.False(SqlResultComparer.Matches(null, empty));

        var nothing = engine.Evaluate("NULL::VARCHAR");
        Assert.True(SqlResultComparer.Matches(null, nothing));
        Assert.False(SqlResultComparer.Matches("", nothing));
        Assert.False(SqlResultComparer.Matches("NULL", nothing));
    }

    [Fact]
    public void Timestamps_compare_as_timestamps()
    {
        var ts = engine.Evaluate("TIMESTAMP '2024-01-31 10:00:00.5'");
        Assert.Equal("2024-01-31 10:00:00.500000", ts.Value);
        Assert.True(SqlResultComparer.Matches("2024-01-31 10:00:00.5", ts));
        Assert.True(SqlResultComparer.Matches("2024-01-31T10:00:00.500", ts));
        Assert.False(SqlResultComparer.Matches("2024-01-31 10:00:00", ts));

        var midnight = engine.Evaluate("DATE '2024-01-31'");
        Assert.True(SqlResultComparer.Matches("2024-01-31 00:00:00", midnight));
        Assert.False(SqlResultComparer.Matches("31/01/2024", midnight));
    }

    [Fact]
    public void Running_total_is_evaluated_on_every_row_in_the_order_column()
    {
        IReadOnlyList<InputColumn> Row(string order, string? qty) => [InputColumn.Integer("qty", qty), InputColumn.BigInt("ord", order)];

        var results = engine.EvaluateEach("sum(qty) OVER (ORDER BY ord ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)", [Row("3", "4"), Row("1", "1"), Row("2", null)], "ord");

        Assert.Equal(["1", "1", "5"], results.Select(r => r.Value));
    }

    [Fact]
    public void Evaluating_each_row_reports_an_error_once()
    {
        var results = engine.EvaluateEach("no_such_function(qty)", [[InputColumn.Integer("qty", "1"), InputColumn.BigInt("ord", "1")]], "ord");

        Assert.True(Assert.Single(results).Failed);
    }

    private static void AssertResult(string expectedValue, string expectedType, EvaluationResult actual)
    {
        Assert.Null(actual.Error);
        Assert.Equal(expectedValue, actual.Value);
        Assert.Equal(expectedType, actual.TypeName);
        Assert.True(SqlResultComparer.Matches(expectedValue, actual), actual.ToString());
    }
}
