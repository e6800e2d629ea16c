using System.Runtime.CompilerServices;
using Informatica2Spark.Core.Expressions.Sql;
using Informatica2Spark.Syntax;

namespace Informatica2Spark.Core.Mappings.Plan;

/// <summary>
/// A plan as the statements a driver runs (<c>mapping.sql</c>): every step as a view, in order, each titled with the
/// PowerCenter instance it comes from; then one view per target load, <c>target__NAME</c>, with the target's fields as
/// its columns. The driver reads each source into its read view first and writes each target view in load order.
/// </summary>
public static class PlanScript
{
    /// <summary>
    /// The column of a target view that holds each row's Update Strategy flag (DD_INSERT 0, DD_UPDATE 1, DD_DELETE 2),
    /// after the target's fields, when an Update Strategy flags the rows: the writer merges or filters by it and never
    /// writes it.
    /// </summary>
    public const string RowActionColumn = "I2S_ROW_ACTION";

    /// <summary>The view a target load's rows are in.</summary>
    public static string TargetView(string target) => "target__" + ViewName(target);

    /// <summary>A view name from an instance name: control characters as <c>_</c>, mapplet separators as <c>__</c>.</summary>
    internal static string ViewName(string instance) => SqlDialect.Printable(instance).Replace(".", "__", StringComparison.Ordinal);

    /// <summary>The statements of the plan in one dialect.</summary>
    public static IReadOnlyList<ScriptStatement> Statements(MappingPlan plan, SqlDialect dialect) =>
    [
        .. plan.Steps.Select(s => new ScriptStatement($"{s.Instance} ({s.TransformationType}): {s.Comment}", dialect.Render(new SqlCreateView(s.View, s.Query)))),
        .. plan.Targets.Where(t => t.IsTranslated).Select(t => new ScriptStatement(
            $"{t.TargetInstance} (Target): the rows it loads, one column per target field",
            dialect.Render(new SqlCreateView(TargetView(t.TargetInstance), new SqlSelect(
                [
                    .. t.Columns.Select(c => new SqlSelectItem(c.Value, c.Field)),
                    .. t.RowAction is { } action ? [new SqlSelectItem(new SqlColumn(action.Column), RowActionColumn)] : Array.Empty<SqlSelectItem>(),
                ],
                new SqlTable(t.View!)))))),
    ];

    /// <summary>The text of <c>mapping.sql</c> in Spark SQL.</summary>
    public static string Text(MappingPlan plan, string title) =>
        MappingScript.Write([$"{title}: the mapping {plan.Mapping} as Spark SQL views, in the order the driver runs them."], []) + Body(plan);

    /// <summary>
    /// What <see cref="Text"/> writes after its first line, which only the plan decides: rendered once per plan object
    /// (the sessions that share a plan through <see cref="PlanCache"/> share this text), kept as long as the plan.
    /// Thread-safe; a plan is immutable, so a text rendered twice by racing callers is the same text.
    /// </summary>
    private static string Body(MappingPlan plan) => Bodies.GetValue(plan, p => MappingScript.Write(
        [
            "The driver first reads each source into its view: " + (p.Reads.Count == 0 ? "(none)" : string.Join(", ", p.Reads.Select(r => $"{r.SourceInstance} as `{r.View}` (for {r.QualifierInstance})"))) + ".",
            "Then it runs every step, and writes each target__ view to its target. :NAME markers are run-time values the driver binds as literals.",
        ],
        Statements(p, SparkDialect.Instance)));

    private static readonly ConditionalWeakTable<MappingPlan, string> Bodies = new();
}
