using System.Globalization;
using System.Text;
using DuckDB.NET.Data;

namespace Informatica2Spark.Testing.Sql;

/// <summary>
/// Evaluates SQL expressions in the DuckDB dialect on an embedded in-memory DuckDB database, against a one-row input
/// relation of typed columns, and gives each result as normalized invariant text (see <see cref="EvaluationResult"/>).
/// </summary>
/// <remarks>
/// One engine keeps one connection open, so evaluating hundreds of cases costs one database start. The session is
/// fixed for deterministic results: time zone UTC, one thread, no file or network access, no extension downloads.
/// Calls are serialized, so one engine may be shared by tests that run in parallel. SQL errors never throw: they are
/// returned in <see cref="EvaluationResult.Error"/>.
/// </remarks>
public sealed class DuckDbEngine : IDisposable
{
    private const string ValueColumn = "value";

    private readonly DuckDBConnection connection;
    private readonly Lock gate = new();
    private bool disposed;

    /// <summary>Opens an in-memory DuckDB database with the deterministic session settings.</summary>
    public DuckDbEngine()
    {
        connection = new DuckDBConnection(DuckDBConnectionStringBuilder.InMemoryConnectionString);
        connection.Open();
        foreach (var setting in new[]
                 {
                     "SET TimeZone = 'UTC'",
                     "SET threads = 1",
                     "SET autoinstall_known_extensions = false",
                     "SET autoload_known_extensions = false",
                     "SET enable_external_access = false",
                 })
        {
            using var command = connection.CreateCommand();
            command.CommandText = setting;
            command.ExecuteNonQuery();
        }
    }

    /// <summary>The version of the embedded DuckDB library, for example <c>v1.5.6</c>.</summary>
    public string LibraryVersion
    {
        get
        {
            lock (gate)
            {
                ObjectDisposedException.ThrowIf(disposed, this);
                using var command = connection.CreateCommand();
                command.CommandText = "SELECT version()";
                return (string)command.ExecuteScalar()!;
            }
        }
    }

    /// <summary>
    /// Evaluates <paramref name="sqlExpression"/> against one row made of <paramref name="inputs"/>.
    /// </summary>
    /// <param name="sqlExpression">A DuckDB SQL scalar expression; it may refer to the inputs by name (quoted or not).</param>
    /// <param name="inputs">The columns of the one-row input relation, in order; may be empty.</param>
    /// <returns>The normalized value and result type, or DuckDB's one-line error.</returns>
    /// <exception cref="ArgumentException">An input type name holds characters no type name has (quotes,
    /// semicolons, comment marks), which would change the query rather than name a type.</exception>
    public EvaluationResult Evaluate(string sqlExpression, params IReadOnlyList<InputColumn> inputs)
    {
        ArgumentNullException.ThrowIfNull(sqlExpression);
        ArgumentNullException.ThrowIfNull(inputs);
        var sql = BuildQuery(sqlExpression, inputs);
        lock (gate)
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            return Run(sql);
        }
    }

    /// <summary>Evaluates many cases in order on this engine's open connection.</summary>
    /// <param name="cases">The expressions and their inputs.</param>
    /// <returns>One result per case, in the order of <paramref name="cases"/>.</returns>
    /// <exception cref="ArgumentException">An input type name of some case is not a type name (see
    /// <see cref="Evaluate(string, IReadOnlyList{InputColumn})"/>); checked before any case runs.</exception>
    public IReadOnlyList<EvaluationResult> Evaluate(IReadOnlyList<EvaluationCase> cases)
    {
        ArgumentNullException.ThrowIfNull(cases);
        var queries = cases.Select(c => BuildQuery(c.Expression, c.Inputs)).ToList();
        lock (gate)
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            return [.. queries.Select(Run)];
        }
    }

    /// <summary>
    /// Evaluates an aggregate <paramref name="sqlExpression"/> over several input rows (each a list of columns in the
    /// same order): the rows are joined with UNION ALL into one relation and the expression selected from it.
    /// </summary>
    /// <param name="sqlExpression">A DuckDB SQL expression, usually an aggregate, over the input columns.</param>
    /// <param name="rows">The input rows; every row names the same columns in the same order.</param>
    /// <returns>The normalized value and result type, or DuckDB's one-line error.</returns>
    public EvaluationResult EvaluateOver(string sqlExpression, IReadOnlyList<IReadOnlyList<InputColumn>> rows)
    {
        ArgumentNullException.ThrowIfNull(sqlExpression);
        ArgumentNullException.ThrowIfNull(rows);
        var value = QuoteIdentifier(ValueColumn);
        var relation = string.Join("\nUNION ALL ", rows.Select(r => "SELECT " + string.Join(", ", r.Select(c => InputValue(c) + " AS " + QuoteIdentifier(c.Name)))));
        var sql = $"SELECT {value}, typeof({value}), CAST({value} AS VARCHAR)\nFROM (SELECT (\n{sqlExpression}\n) AS {value}\nFROM ({relation}) AS {QuoteIdentifier("inputs")}) AS {QuoteIdentifier("evaluated")}";
        lock (gate)
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            return Run(sql);
        }
    }

    /// <summary>
    /// Evaluates <paramref name="sqlExpression"/> on every one of several input rows, as a window function runs (a
    /// running total, say): the rows are joined with UNION ALL into one relation, the expression selected for each
    /// row, and the results returned in the order of <paramref name="orderColumn"/>.
    /// </summary>
    /// <param name="sqlExpression">A DuckDB SQL expression over the input columns, usually with window functions.</param>
    /// <param name="rows">The input rows; every row names the same columns in the same order.</param>
    /// <param name="orderColumn">An input column whose values order the results.</param>
    /// <returns>One result per row in the order of <paramref name="orderColumn"/>, or one result holding DuckDB's one-line error.</returns>
    public IReadOnlyList<EvaluationResult> EvaluateEach(string sqlExpression, IReadOnlyList<IReadOnlyList<InputColumn>> rows, string orderColumn)
    {
        ArgumentNullException.ThrowIfNull(sqlExpression);
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(orderColumn);
        var value = QuoteIdentifier(ValueColumn);
        var order = QuoteIdentifier(orderColumn);
        var relation = string.Join("\nUNION ALL ", rows.Select(r => "SELECT " + string.Join(", ", r.Select(c => InputValue(c) + " AS " + QuoteIdentifier(c.Name)))));
        var sql = $"SELECT {value}, typeof({value}), CAST({value} AS VARCHAR)\nFROM (SELECT (\n{sqlExpression}\n) AS {value}, {order}\nFROM ({relation}) AS {QuoteIdentifier("inputs")}) AS {QuoteIdentifier("evaluated")}\nORDER BY {order}";
        lock (gate)
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            return RunAll(sql);
        }
    }

    /// <summary>Runs statements that return no rows (table and view definitions, inserts), in order.</summary>
    /// <param name="statements">DuckDB SQL statements, one per item.</param>
    /// <exception cref="DuckDBException">A statement fails; the message is DuckDB's.</exception>
    public void Execute(IEnumerable<string> statements)
    {
        ArgumentNullException.ThrowIfNull(statements);
        lock (gate)
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            foreach (var statement in statements)
            {
                using var command = connection.CreateCommand();
                command.CommandText = statement;
                command.ExecuteNonQuery();
            }
        }
    }

    /// <summary>
    /// The rows of a query in the order DuckDB returns them, each value as normalized invariant text (doubles
    /// round-trip, booleans <c>true</c>/<c>false</c>, timestamps as <see cref="FormatTimestamp"/>, blobs in
    /// hexadecimal) or null.
    /// </summary>
    /// <param name="sql">A DuckDB query.</param>
    /// <returns>One list of values per row, in column order.</returns>
    /// <exception cref="DuckDBException">The query fails; the message is DuckDB's.</exception>
    public IReadOnlyList<IReadOnlyList<string?>> Query(string sql)
    {
        ArgumentNullException.ThrowIfNull(sql);
        lock (gate)
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            using var reader = command.ExecuteReader();
            var rows = new List<IReadOnlyList<string?>>();
            while (reader.Read())
            {
                rows.Add([.. Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? null : Text(reader.GetValue(i)))]);
            }

            return rows;
        }
    }

    private static string Text(object value) => value switch
    {
        double number => FormatDouble(number),
        float number => FormatFloat(number),
        bool flag => flag ? "true" : "false",
        DateTime timestamp => FormatTimestamp(timestamp),
        byte[] bytes => Convert.ToHexString(bytes),
        Stream stream => Hex(stream),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    private static string Hex(Stream stream)
    {
        using var bytes = new MemoryStream();
        stream.CopyTo(bytes);
        return Convert.ToHexString(bytes.ToArray());
    }

    /// <summary>
    /// The query <see cref="Evaluate(string, IReadOnlyList{InputColumn})"/> runs: the inputs cast from text into a
    /// one-row relation, the expression selected from it, then its value, its type and its <c>VARCHAR</c> form.
    /// </summary>
    /// <param name="sqlExpression">The DuckDB SQL scalar expression.</param>
    /// <param name="inputs">The input columns.</param>
    /// <returns>One SELECT statement.</returns>
    public static string BuildQuery(string sqlExpression, IReadOnlyList<InputColumn> inputs)
    {
        ArgumentNullException.ThrowIfNull(sqlExpression);
        ArgumentNullException.ThrowIfNull(inputs);
        var value = QuoteIdentifier(ValueColumn);
        var sql = new StringBuilder();
        sql.Append("SELECT ").Append(value).Append(", typeof(").Append(value).Append("), CAST(").Append(value)
            .Append(" AS VARCHAR)\nFROM (SELECT (\n").Append(sqlExpression).Append("\n) AS ").Append(value);
        if (inputs.Count > 0)
        {
            sql.Append("\nFROM (SELECT ");
            for (var i = 0; i < inputs.Count; i++)
            {
                if (i > 0)
                {
                    sql.Append(", ");
                }

                sql.Append(InputValue(inputs[i])).Append(" AS ").Append(QuoteIdentifier(inputs[i].Name));
            }

            sql.Append(") AS ").Append(QuoteIdentifier("inputs"));
        }

        sql.Append(") AS ").Append(QuoteIdentifier("evaluated"));
        return sql.ToString();
    }

    /// <summary>A DuckDB identifier in double quotes, inner double quotes doubled.</summary>
    /// <param name="name">Any name.</param>
    /// <returns>The quoted identifier.</returns>
    public static string QuoteIdentifier(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }

    /// <summary>A DuckDB string literal in single quotes, inner single quotes doubled.</summary>
    /// <param name="text">Any text.</param>
    /// <returns>The literal.</returns>
    public static string QuoteLiteral(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";
    }

    /// <summary>Closes the connection and the in-memory database.</summary>
    public void Dispose()
    {
        lock (gate)
        {
            if (!disposed)
            {
                disposed = true;
                connection.Dispose();
            }
        }
    }

    private static string InputValue(InputColumn input)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(input.Name);
        ArgumentException.ThrowIfNullOrWhiteSpace(input.Type);
        if (!input.Type.All(c => char.IsAsciiLetterOrDigit(c) || c is ' ' or '_' or '(' or ')' or ',' or '[' or ']'))
        {
            throw new ArgumentException($"Input '{input.Name}' has the type '{input.Type}', which is not a type name.", nameof(input));
        }

        if (input.Value is null)
        {
            return "CAST(NULL AS " + input.Type + ")";
        }

        return IsBlob(input.Type)
            ? "CAST(unhex(" + QuoteLiteral(input.Value) + ") AS " + input.Type + ")"
            : "CAST(" + QuoteLiteral(input.Value) + " AS " + input.Type + ")";
    }

    private static bool IsBlob(string type) =>
        type.Trim() is var t && (t.Equals("BLOB", StringComparison.OrdinalIgnoreCase)
            || t.Equals("BYTEA", StringComparison.OrdinalIgnoreCase)
            || t.Equals("BINARY", StringComparison.OrdinalIgnoreCase)
            || t.Equals("VARBINARY", StringComparison.OrdinalIgnoreCase));

    private EvaluationResult Run(string sql)
    {
        try
        {
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            using var reader = command.ExecuteReader();
            if (!reader.Read())
            {
                return new EvaluationResult(null, null, "The query returned no row.", sql);
            }

            var typeName = reader.GetString(1);
            var value = reader.IsDBNull(0) ? null : Normalize(reader, typeName, reader.GetString(2));
            return new EvaluationResult(value, typeName, null, sql);
        }
        catch (DuckDBException e)
        {
            return new EvaluationResult(null, null, FirstLine(e.Message), sql);
        }
    }

    private IReadOnlyList<EvaluationResult> RunAll(string sql)
    {
        try
        {
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            using var reader = command.ExecuteReader();
            var results = new List<EvaluationResult>();
            while (reader.Read())
            {
                var typeName = reader.GetString(1);
                results.Add(new EvaluationResult(reader.IsDBNull(0) ? null : Normalize(reader, typeName, reader.GetString(2)), typeName, null, sql));
            }

            return results;
        }
        catch (DuckDBException e)
        {
            return [new EvaluationResult(null, null, FirstLine(e.Message), sql)];
        }
    }

    private static string Normalize(DuckDBDataReader reader, string typeName, string duckDbText)
    {
        switch (typeName)
        {
            case "DOUBLE":
                return FormatDouble(reader.GetDouble(0));
            case "FLOAT":
                return FormatFloat(reader.GetFloat(0));
            case "BOOLEAN":
                return reader.GetBoolean(0) ? "true" : "false";
            case "BLOB":
                using (var stream = reader.GetStream(0))
                using (var bytes = new MemoryStream())
                {
                    stream.CopyTo(bytes);
                    return Convert.ToHexString(bytes.ToArray());
                }

            case "TIMESTAMP" or "TIMESTAMP_S" or "TIMESTAMP_MS" or "TIMESTAMP_NS" or "TIMESTAMP WITH TIME ZONE":
                return TryReadTimestamp(reader, duckDbText) is { } timestamp ? FormatTimestamp(timestamp) : duckDbText;
            default:
                return duckDbText;
        }
    }

    /// <summary>
    /// The timestamp of the first column, or null when it has no <see cref="DateTime"/>: infinite timestamps
    /// (DuckDB's text <c>infinity</c>, <c>-infinity</c>) and those outside years 1 to 9999 (<c>0044-03-15 (BC)</c>)
    /// keep DuckDB's own text.
    /// </summary>
    private static DateTime? TryReadTimestamp(DuckDBDataReader reader, string duckDbText)
    {
        if (duckDbText.EndsWith("infinity", StringComparison.Ordinal))
        {
            return null;
        }

        try
        {
            return reader.GetDateTime(0);
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    /// <summary>A double as round-trip invariant text: <c>0.1</c>, <c>1000</c>, <c>1E+20</c>, <c>NaN</c>, <c>Infinity</c>.</summary>
    /// <param name="value">Any double.</param>
    /// <returns>The text.</returns>
    public static string FormatDouble(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static string FormatFloat(float value) => value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>A timestamp as <c>yyyy-MM-dd HH:mm:ss</c>, followed by <c>.ffffff</c> when it has a fraction of a second.</summary>
    /// <param name="value">Any timestamp; its kind is ignored.</param>
    /// <returns>The text.</returns>
    public static string FormatTimestamp(DateTime value) =>
        value.ToString(value.Ticks % TimeSpan.TicksPerSecond == 0 ? "yyyy-MM-dd HH:mm:ss" : "yyyy-MM-dd HH:mm:ss.ffffff", CultureInfo.InvariantCulture);

    private static string FirstLine(string message)
    {
        var line = message.AsSpan().Trim();
        var end = line.IndexOfAny('\r', '\n');
        return (end < 0 ? line : line[..end]).TrimEnd().ToString();
    }
}
