using Informatica2Spark.Core.Expressions.Sql;
using Informatica2Spark.Core.Expressions.Translation;
using Informatica2Spark.Core.Model;

namespace Informatica2Spark.Core.Mappings.Plan.Lowerings;

/// <summary>
/// Router (TG: Router Transformation > Working with Groups): one view per output group. A user-defined group gets
/// every row for which its group filter condition is TRUE, so a row can reach several groups; the default group gets
/// the rows for which no user-defined condition is TRUE, FALSE and NULL alike (a number is TRUE when not 0). A row
/// for which a condition raises a row error is skipped. Each output port of a group names the input port it carries
/// (<c>REF_FIELD</c>) and is a column <c>INSTANCE.PORT</c> of its group's view.
/// </summary>
public sealed class RouterLowering : ITransformationLowering
{
    public IReadOnlyList<string> Types { get; } = ["Router"];

    public IReadOnlyDictionary<string, PortValue> Lower(LoweringContext context)
    {
        var transformation = context.Transformation;
        var stream = context.Stream();
        var scope = context.Scope(transformation.Ports.Where(p => context.Inputs.ContainsKey(p.Name)));
        var groups = transformation.Groups.Where(g => g.Type.StartsWith("OUTPUT", StringComparison.OrdinalIgnoreCase)).OrderBy(g => g.Order).ToList();
        var user = groups.Where(g => !IsDefault(g)).ToList();
        var conditions = new List<(TransformationGroup Group, SqlExpr Condition)>();
        var errors = new List<SqlExpr>();
        foreach (var group in user)
        {
            var text = string.IsNullOrWhiteSpace(group.Expression) ? "TRUE" : group.Expression;
            var translation = context.Translate($"group {group.Name}", text, scope, ExpressionRole.Condition);
            conditions.Add((group, translation.Value!));
            if (translation.Error is { } error)
            {
                errors.Add(new SqlIsNull(error));
            }
        }

        var outputs = new Dictionary<string, PortValue>(StringComparer.OrdinalIgnoreCase);
        foreach (var group in groups)
        {
            var condition = IsDefault(group)
                ? conditions.Count == 0 ? SqlLiteral.Bool(true) : PlanText.All([.. conditions.Select(c => (SqlExpr)new SqlUnary(SqlUnaryOperator.Not, new SqlFunction("coalesce", c.Condition, SqlLiteral.Bool(false))))])
                : conditions.First(c => c.Group == group).Condition;
            var where = PlanText.All([.. errors, condition]);
            var ports = transformation.Ports.Where(p => string.Equals(p.Group, group.Name, StringComparison.OrdinalIgnoreCase) && p.Direction.HasFlag(PortDirection.Output)).ToList();
            var items = new List<(Port Port, PortValue Input, PlanColumn Column)>();
            foreach (var port in ports)
            {
                var source = port.RefField ?? port.Name;
                if (context.Inputs.GetValueOrDefault(source) is { } input)
                {
                    items.Add((port, input, new PlanColumn(context.ColumnOf(port.Name), LoweringContext.PortType(port) ?? input.Column.Type)));
                }
            }

            var comment = IsDefault(group) ? $"group {group.Name}: the rows no other group takes" : $"group {group.Name}: the rows where {PlanText.OneLine(group.Expression ?? "TRUE")}";
            var view = context.Start("__" + group.Name, comment, _ => new SqlSelect(
                [.. items.Select(i => new SqlSelectItem(LoweringContext.Column(i.Input.Column), i.Column.Name))],
                new SqlTable(stream.View)) { Where = where }, [.. items.Select(i => i.Column)]);
            foreach (var (port, _, column) in items)
            {
                outputs[port.Name] = new PortValue(view, column);
            }
        }

        return outputs;
    }

    private static bool IsDefault(TransformationGroup group) => group.Type.Contains("DEFAULT", StringComparison.OrdinalIgnoreCase);
}
