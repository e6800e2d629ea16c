using Informatica2Spark.Core.Expressions.Sql;
using Informatica2Spark.Core.Expressions.Sql.DuckDb;
using Informatica2Spark.Core.Expressions.Translation;
using Informatica2Spark.Core.Expressions.Types;
using Informatica2Spark.Testing.Sql;

namespace Informatica2Spark.Core.Tests.Expressions.Golden;

/// <summary>Runs a golden row on DuckDB: the translation rendered in the DuckDB dialect over the row's inputs.</summary>
public static class GoldenExecution
{
    /// <summary>The outcome of one row, or the reason it could not run; null when it matches the documented result.</summary>
    public static string? Check(GoldenCase row, ExpressionResult result, DuckDbEngine engine)
    {
        if (result.BoundValue is null)
        {
            return $"not translated: {string.Join("; ", result.Translation.Problems.Select(p => p.Message).Concat(result.BindingProblems))}";
        }

        string valueSql, errorSql;
        try
        {
            valueSql = DuckDbDialect.Instance.Render(result.BoundValue);
            errorSql = result.BoundError is null ? "CAST(NULL AS VARCHAR)" : DuckDbDialect.Instance.Render(result.BoundError);
        }
        catch (DialectNotSupportedException unsupported)
        {
            return $"has no DuckDB form ({unsupported.Message}): mark it engine: spark, or give the function a DuckDB form";
        }

        if (row.Results.Count > 0)
        {
            return CheckEach(row, valueSql, errorSql, engine);
        }

        var inputs = Inputs(row);
        var error = Evaluate(engine, errorSql, inputs, row);
        if (error.Failed)
        {
            return $"row error expression fails on DuckDB: {error.Error}\n  {errorSql}";
        }

        if (row.RowError is { } message)
        {
            return error.Value == message ? null : $"expected row error '{message}', got {(error.IsNull ? "none" : $"'{error.Value}'")}\n  {errorSql}";
        }

        if (!error.IsNull)
        {
            return $"unexpected row error '{error.Value}'\n  {errorSql}";
        }

        var value = Evaluate(engine, valueSql, inputs, row);
        if (row.Aborts)
        {
            return value.Failed ? null : $"expected the run to abort, got {value}\n  {valueSql}";
        }

        return SqlResultComparer.Matches(row.Result, value) ? null : $"expected {(row.Result is null ? "NULL" : $"'{row.Result}'")}, got {value}\n  {valueSql}";
    }

    /// <summary>A running function's row: the value of every row, in arrival order, and no row errors.</summary>
    private static string? CheckEach(GoldenCase row, string valueSql, string errorSql, DuckDbEngine engine)
    {
        var rows = RowInputs(row);
        var errors = engine.EvaluateEach(errorSql, rows, ArrivalOrder.Column);
        if (errors.FirstOrDefault(e => !e.IsNull) is { } error)
        {
            return $"unexpected row error {error}\n  {errorSql}";
        }

        var values = engine.EvaluateEach(valueSql, rows, ArrivalOrder.Column);
        if (values.Count != row.Results.Count || values.Zip(row.Results).Any(p => !SqlResultComparer.Matches(p.Second, p.First)))
        {
            return $"expected [{string.Join(", ", row.Results.Select(r => r ?? "NULL"))}], got [{string.Join(", ", values)}]\n  {valueSql}";
        }

        return null;
    }

    private static EvaluationResult Evaluate(DuckDbEngine engine, string sql, IReadOnlyList<InputColumn> inputs, GoldenCase row) =>
        row.Rows.Count == 0 ? engine.Evaluate(sql, inputs) : engine.EvaluateOver(sql, RowInputs(row));

    private static IReadOnlyList<InputColumn> Inputs(GoldenCase row) => Columns(row, row.Inputs);

    /// <summary>The rows of an aggregate or running row, each with its place in the arrival order (<see cref="ArrivalOrder.Column"/>, from 1).</summary>
    private static IReadOnlyList<IReadOnlyList<InputColumn>> RowInputs(GoldenCase row) =>
        [.. row.Rows.Select((r, i) => (IReadOnlyList<InputColumn>)[.. Columns(row, r), new InputColumn(ArrivalOrder.Column, "BIGINT", (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture))])];

    private static IReadOnlyList<InputColumn> Columns(GoldenCase row, IReadOnlyDictionary<string, string?> values) =>
        [.. row.Ports.Select(p => new InputColumn(p.Key, DuckDbDialect.Instance.TypeName(SqlTypes.Of(PcTypes.Parse(p.Value)!.Value)), values.GetValueOrDefault(p.Key)))];
}
