namespace Informatica2Spark.Testing.Sql;

/// <summary>
/// What DuckDB made of one expression: its value as normalized invariant text and its type, or the error it raised.
/// </summary>
/// <param name="Value">
/// The value as invariant text, null for SQL NULL or an error. Decimals keep the scale DuckDB gives them
/// (<c>12.50</c>); doubles and floats use round-trip formatting (<c>0.1</c>, <c>1000</c>, <c>1E+20</c>, <c>NaN</c>,
/// <c>Infinity</c>); timestamps are <c>yyyy-MM-dd HH:mm:ss</c> followed by <c>.ffffff</c> when they have a fraction
/// of a second (a <c>TIMESTAMP WITH TIME ZONE</c> is given as its UTC instant, a <c>TIMESTAMP_NS</c> to the
/// microsecond; infinite timestamps and those outside years 1 to 9999 keep DuckDB's text); dates are <c>yyyy-MM-dd</c>;
/// booleans are <c>true</c> or <c>false</c>; blobs are upper-case hexadecimal; every other type is DuckDB's own
/// cast to <c>VARCHAR</c>.
/// </param>
/// <param name="TypeName">DuckDB's name of the result type (<c>typeof</c>: <c>INTEGER</c>, <c>DECIMAL(11,2)</c>,
/// <c>VARCHAR</c>, <c>"NULL"</c> for an untyped NULL); null on error.</param>
/// <param name="Error">The first line of DuckDB's error message when it rejected or failed the query, else null.</param>
/// <param name="Sql">The query that was run, for failure messages.</param>
public sealed record EvaluationResult(string? Value, string? TypeName, string? Error, string Sql)
{
    /// <summary>True when DuckDB rejected or failed the query.</summary>
    public bool Failed => Error is not null;

    /// <summary>True when the expression evaluated to SQL NULL.</summary>
    public bool IsNull => Error is null && Value is null;

    /// <summary>One line for assertion messages: the value and type, or the error.</summary>
    public override string ToString() =>
        Error is not null ? "error: " + Error : (Value ?? "NULL") + " :: " + TypeName;
}
