using System.Globalization;
using DuckDB.NET.Data;

namespace Informatica2Spark.Testing.Sql;

/// <summary>
/// An input table of a plan run: its name, its columns as <c>name TYPE</c> in DuckDB types, and its rows as DuckDB
/// literal tuples without parentheses (<c>1, 'a', NULL</c>).
/// </summary>
public sealed record InputTable(string Name, IReadOnlyList<string> Columns, IReadOnlyList<string> Rows);

/// <summary>
/// A table of input rows for a plan run on DuckDB: the view name a plan reads (a source's read view), its columns
/// with their DuckDB types, and the rows as invariant text (null for NULL), in the order the source delivers them.
/// </summary>
public sealed record TableInput(string View, IReadOnlyList<(string Name, string Type)> Columns, IReadOnlyList<IReadOnlyList<string?>> Rows);

/// <summary>
/// Runs a mapping plan's statements rendered in the DuckDB dialect on an embedded in-memory DuckDB database, over
/// input tables, and reads any view the plan defines (a target view, a reject view). Each input table is stored in
/// its rows' order (one thread keeps that order on reads), then exposed under the view name the plan reads.
/// </summary>
public sealed class PlanExecution : IDisposable
{
    private readonly DuckDbEngine engine = new();

    /// <summary>Runs <paramref name="statements"/> over <paramref name="inputs"/> on a new database.</summary>
    /// <param name="inputs">The tables the plan reads.</param>
    /// <param name="statements">The plan's statements in DuckDB SQL, in order.</param>
    /// <returns>The database, ready to read the plan's views.</returns>
    public static PlanExecution Run(IEnumerable<TableInput> inputs, IEnumerable<string> statements)
    {
        var execution = new PlanExecution();
        execution.engine.Execute(inputs.SelectMany(Load));
        execution.engine.Execute(statements);
        return execution;
    }

    /// <summary>
    /// The rows of a view (every column, or the <paramref name="columns"/> named), in the order DuckDB returns them,
    /// values as <see cref="DuckDbEngine.Query"/> gives them.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<string?>> Rows(string view, params IReadOnlyList<string> columns) =>
        engine.Query($"SELECT {(columns.Count == 0 ? "*" : string.Join(", ", columns.Select(DuckDbEngine.QuoteIdentifier)))} FROM {DuckDbEngine.QuoteIdentifier(view)}");

    /// <summary>The rows of a view as one line each (<c>a|b|NULL</c>), sorted ordinally: for results whose order is not defined.</summary>
    public IReadOnlyList<string> SortedLines(string view, params IReadOnlyList<string> columns) => [.. Rows(view, columns).Select(Line).Order(StringComparer.Ordinal)];

    /// <summary>A row as one line: values joined with <c>|</c>, NULL written <c>NULL</c>.</summary>
    public static string Line(IReadOnlyList<string?> row) => string.Join('|', row.Select(v => v ?? "NULL"));

    public void Dispose() => engine.Dispose();

    /// <summary>
    /// The rows of <paramref name="query"/> after <paramref name="statements"/> ran over <paramref name="inputs"/> on a
    /// new database, one line per row (<see cref="Line"/>).
    /// </summary>
    /// <exception cref="InvalidOperationException">A statement failed; the message holds DuckDB's error and the statement.</exception>
    public static IReadOnlyList<string> Run(IReadOnlyList<InputTable> inputs, IReadOnlyList<string> statements, string query)
    {
        using var engine = new DuckDbEngine();
        var setup = inputs.SelectMany(input => (IEnumerable<string>)[
            $"CREATE TABLE {DuckDbEngine.QuoteIdentifier(input.Name)} ({string.Join(", ", input.Columns.Select(Column))})",
            .. input.Rows.Select(r => $"INSERT INTO {DuckDbEngine.QuoteIdentifier(input.Name)} VALUES ({r})")]);
        foreach (var statement in setup.Concat(statements))
        {
            try
            {
                engine.Execute([statement]);
            }
            catch (DuckDBException error)
            {
                throw new InvalidOperationException($"{error.Message}\n{statement}", error);
            }
        }

        return [.. engine.Query(query).Select(Line)];
    }

    private static string Column(string column)
    {
        var space = column.IndexOf(' ', StringComparison.Ordinal);
        return DuckDbEngine.QuoteIdentifier(column[..space]) + column[space..];
    }

    private static IEnumerable<string> Load(TableInput input)
    {
        var table = DuckDbEngine.QuoteIdentifier("input__" + input.View);
        var columns = string.Join(", ", input.Columns.Select(c => $"{DuckDbEngine.QuoteIdentifier(c.Name)} {c.Type}"));
        yield return $"CREATE TABLE {table} ({columns})";
        foreach (var row in input.Rows)
        {
            if (row.Count != input.Columns.Count)
            {
                throw new ArgumentException($"a row of {input.View} has {row.Count} values for {input.Columns.Count} columns", nameof(input));
            }

            var values = row.Select((v, i) => v is null ? "NULL" : string.Create(CultureInfo.InvariantCulture, $"CAST({DuckDbEngine.QuoteLiteral(v)} AS {input.Columns[i].Type})"));
            yield return $"INSERT INTO {table} VALUES ({string.Join(", ", values)})";
        }

        yield return $"CREATE OR REPLACE TEMP VIEW {DuckDbEngine.QuoteIdentifier(input.View)} AS SELECT * FROM {table}";
    }
}
