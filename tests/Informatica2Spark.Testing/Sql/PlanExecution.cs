using System.Globalization;
using DuckDB.NET.Data;

namespace Informatica2Spark.Testing.Sql;

/// <summary>
/// An input table of a plan run: its name, its columns as <c>name TYPE</c> in DuckDB types, and its rows as DuckDB
/// literal tuples without parentheses (<c>1, 'a', NULL</c>).
/// </summary>
public sealed record InputTable(string Name, IReadOnlyList<string> Columns, IReadOnlyList<string> Rows);

/// <summary>
/// Runs a mapping plan's statements rendered in the DuckDB dialect on a fresh in-memory DuckDB database: creates the
/// input tables, runs the statements in order (a statement that fails throws with its text), then gives the rows of
/// one query as text, one line per row, values joined by <c>|</c>, NULL written <c>NULL</c>, numbers and dates in
/// invariant form.
/// </summary>
public static class PlanExecution
{
    /// <summary>The rows of <paramref name="query"/> after <paramref name="statements"/> ran over <paramref name="inputs"/>.</summary>
    /// <exception cref="InvalidOperationException">A statement failed; the message holds DuckDB's error and the statement.</exception>
    public static IReadOnlyList<string> Run(IReadOnlyList<InputTable> inputs, IReadOnlyList<string> statements, string query)
    {
        using var connection = new DuckDBConnection(DuckDBConnectionStringBuilder.InMemoryConnectionString);
        connection.Open();
        var setup = new List<string> { "SET TimeZone = 'UTC'", "SET threads = 1" };
        foreach (var input in inputs)
        {
            setup.Add($"CREATE TABLE {DuckDbEngine.QuoteIdentifier(input.Name)} ({string.Join(", ", input.Columns.Select(Column))})");
            setup.AddRange(input.Rows.Select(r => $"INSERT INTO {DuckDbEngine.QuoteIdentifier(input.Name)} VALUES ({r})"));
        }

        foreach (var statement in setup.Concat(statements))
        {
            using var command = connection.CreateCommand();
            command.CommandText = statement;
            try
            {
                command.ExecuteNonQuery();
            }
            catch (DuckDBException error)
            {
                throw new InvalidOperationException($"{error.Message}\n{statement}", error);
            }
        }

        using var select = connection.CreateCommand();
        select.CommandText = query;
        using var reader = select.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(string.Join("|", Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "NULL" : Text(reader.GetValue(i)))));
        }

        return rows;
    }

    private static string Column(string column)
    {
        var space = column.IndexOf(' ', StringComparison.Ordinal);
        return DuckDbEngine.QuoteIdentifier(column[..space]) + column[space..];
    }

    private static string Text(object value) => value switch
    {
        double d => DuckDbEngine.FormatDouble(d),
        DateTime t => DuckDbEngine.FormatTimestamp(t),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
