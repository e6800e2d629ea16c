using System.Globalization;
using System.Reflection;

namespace Informatica2Spark.Core.Expressions.Sql.DuckDb;

/// <summary>
/// DuckDB's SQL, the second dialect: translated expressions are rendered for embedded DuckDB so tests can execute
/// them with input rows and compare the documented PowerCenter results. Each Spark function the translations use is
/// rewritten into DuckDB terms with Spark's semantics by an <see cref="IDuckDbFunctions"/> of its family; a function
/// none of them knows has no DuckDB form (<see cref="DialectNotSupportedException"/>), so its rows run on Spark only.
/// Run-time parameters must be bound to literals before rendering.
/// </summary>
public sealed class DuckDbDialect : SqlDialect
{
    private static readonly Lazy<IReadOnlyDictionary<string, Func<SqlFunction, SqlExpr>>> Functions = new(Discover);

    public static DuckDbDialect Instance { get; } = new();

    public override string Name => "duckdb";

    protected override string NullSafeEqualOperator => "IS NOT DISTINCT FROM";

    protected override string CreateViewKeywords => "CREATE OR REPLACE TEMP VIEW";

    /// <summary>The Spark functions this dialect can express.</summary>
    public static IEnumerable<string> KnownFunctions => Functions.Value.Keys.Order(StringComparer.Ordinal);

    public override string QuoteIdentifier(string name) => "\"" + Printable(name).Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    public override string Parameter(SqlParameter parameter) =>
        throw new DialectNotSupportedException($"run-time value {parameter.Name} must be bound before rendering for DuckDB");

    public override string TypeName(SqlType type) => type.Kind switch
    {
        SqlTypeKind.String => "VARCHAR",
        SqlTypeKind.Int => "INTEGER",
        SqlTypeKind.BigInt => "BIGINT",
        SqlTypeKind.Decimal => string.Create(CultureInfo.InvariantCulture, $"DECIMAL({type.Precision},{type.Scale})"),
        SqlTypeKind.Double => "DOUBLE",
        SqlTypeKind.Boolean => "BOOLEAN",
        SqlTypeKind.Timestamp => "TIMESTAMP",
        SqlTypeKind.Date => "DATE",
        _ => "BLOB",
    };

    public override string Literal(SqlLiteral literal) => literal.Value switch
    {
        null => $"CAST(NULL AS {TypeName(literal.Type)})",
        string text => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'",
        bool flag => flag ? "TRUE" : "FALSE",
        long number when literal.Type.Kind == SqlTypeKind.Int => number.ToString(CultureInfo.InvariantCulture),
        long number => $"CAST({number.ToString(CultureInfo.InvariantCulture)} AS {TypeName(literal.Type)})",
        decimal number => $"CAST({SqlLiterals.Decimal(Math.Round(number, literal.Type.Scale, MidpointRounding.AwayFromZero))} AS {TypeName(literal.Type)})",
        double number when double.IsFinite(number) => $"CAST({SqlLiterals.Double(number)} AS DOUBLE)",
        double number => $"CAST('{(double.IsNaN(number) ? "nan" : number > 0 ? "inf" : "-inf")}' AS DOUBLE)",
        DateTime timestamp => $"TIMESTAMP '{SqlLiterals.Timestamp(timestamp)}'",
        DateOnly date => $"DATE '{SqlLiterals.Date(date)}'",
        byte[] bytes => $"from_hex('{SqlLiterals.Hex(bytes)}')",
        var other => throw new DialectNotSupportedException($"a literal of {other.GetType().Name} has no DuckDB form"),
    };

    /// <summary>
    /// Spark's aggregates by their DuckDB names: <c>percentile</c> (exact, linear interpolation between the closest
    /// ranks) is DuckDB's <c>quantile_cont</c>; the others (<c>count</c>, <c>sum</c>, <c>avg</c>, <c>min</c>,
    /// <c>max</c>, <c>min_by</c>, <c>max_by</c>, <c>median</c>, <c>stddev_samp</c>, <c>var_samp</c>) are spelled alike.
    /// </summary>
    protected override string AggregateName(string name) => name == "percentile" ? "quantile_cont" : name;

    protected override SqlExpr Rewrite(SqlFunction function) =>
        Functions.Value.TryGetValue(function.Name, out var rewrite)
            ? rewrite(function)
            : throw new DialectNotSupportedException($"Spark's {function.Name} has no DuckDB form in i2s");

    private static IReadOnlyDictionary<string, Func<SqlFunction, SqlExpr>> Discover()
    {
        var index = new Dictionary<string, Func<SqlFunction, SqlExpr>>(StringComparer.OrdinalIgnoreCase);
        var families = typeof(DuckDbDialect).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(IDuckDbFunctions).IsAssignableFrom(t) && t.GetConstructor(Type.EmptyTypes) is not null)
            .OrderBy(t => t.FullName, StringComparer.Ordinal);
        foreach (var family in families)
        {
            foreach (var (name, rewrite) in ((IDuckDbFunctions)Activator.CreateInstance(family)!).Functions)
            {
                if (!index.TryAdd(name, rewrite))
                {
                    throw new InvalidOperationException($"DuckDB form of Spark's {name} is defined twice");
                }
            }
        }

        return index;
    }
}

/// <summary>
/// The DuckDB forms of a family of Spark functions: each Spark function name with a rewrite into a DuckDB tree that
/// has Spark's semantics. The rewrite's own calls are <see cref="SqlNativeFunction"/>s. Found by reflection.
/// </summary>
public interface IDuckDbFunctions
{
    IEnumerable<(string SparkName, Func<SqlFunction, SqlExpr> Rewrite)> Functions { get; }
}

/// <summary>Functions both engines spell and define alike.</summary>
internal sealed class CommonDuckDbFunctions : IDuckDbFunctions
{
    /// <summary>The same call in DuckDB.</summary>
    public static SqlExpr Same(SqlFunction function) => new SqlNativeFunction(function.Name, function.Arguments);

    public IEnumerable<(string SparkName, Func<SqlFunction, SqlExpr> Rewrite)> Functions =>
    [
        ("coalesce", Same),
        ("nullif", Same),
        ("concat_ws", Same),
        ("current_timestamp", _ => new SqlNativeFunction("get_current_timestamp")),
        ("raise_error", f => new SqlNativeFunction("error", f.Arguments)),
    ];
}
