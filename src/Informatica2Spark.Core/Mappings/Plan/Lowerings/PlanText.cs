using Informatica2Spark.Core.Expressions.Sql;

namespace Informatica2Spark.Core.Mappings.Plan.Lowerings;

/// <summary>Small pieces the lowerings share: a condition text on one line for a step's comment, and conjunctions.</summary>
internal static class PlanText
{
    /// <summary>A possibly multi-line expression as one line, each line trimmed.</summary>
    public static string OneLine(string text) => string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries).Select(l => l.Trim()));

    /// <summary>The conjunction of conditions; TRUE when there is none.</summary>
    public static SqlExpr All(IReadOnlyList<SqlExpr> conditions) =>
        conditions.Count == 0 ? SqlLiteral.Bool(true) : conditions.Skip(1).Aggregate(conditions[0], (a, b) => new SqlBinary(SqlBinaryOperator.And, a, b));
}
