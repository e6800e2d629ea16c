using Informatica2Spark.Core.Expressions.Sql;
using Informatica2Spark.Core.Model;

namespace Informatica2Spark.Core.Mappings.Plan.Lowerings;

/// <summary>
/// Custom transformations (TG: Custom Transformation), told apart by their "Module Identifier": the Union
/// transformation (<c>pmuniontrans</c>, TG: Union Transformation) is translated; every other kind (SQL
/// transformation, Java, HTTP, change data capture...) is refused with what it holds (<see cref="ReportedLowering.Describe"/>).
/// Union: the rows of every input group, without removing duplicates (UNION ALL); the output port at position i takes
/// the input port at position i of each group (an input port left unlinked gives NULL). A group's ports must come
/// from one pipeline.
/// </summary>
public sealed class CustomTransformationLowering : ITransformationLowering
{
    public IReadOnlyList<string> Types { get; } = ["Custom Transformation"];

    public IReadOnlyDictionary<string, PortValue> Lower(LoweringContext context)
    {
        var transformation = context.Transformation;
        var module = transformation.TableAttributes.Get("Module Identifier");
        return string.Equals(module, "pmuniontrans", StringComparison.OrdinalIgnoreCase)
            ? Union(context)
            : throw new LoweringRefusedException(ReportedLowering.Describe(transformation, $"the custom transformation of module {(string.IsNullOrWhiteSpace(module) ? "(none)" : module)}"));
    }

    private static Dictionary<string, PortValue> Union(LoweringContext context)
    {
        var transformation = context.Transformation;
        var outputs = transformation.Ports.Where(p => p.Direction.HasFlag(PortDirection.Output)).ToList();
        var columns = outputs.Select(p => new PlanColumn(context.ColumnOf(p.Name), LoweringContext.PortType(p) ?? Expressions.Types.PcType.String())).ToList();
        var groups = transformation.Groups.Where(g => g.Type.Equals("INPUT", StringComparison.OrdinalIgnoreCase)).OrderBy(g => g.Order).ToList();
        var selects = new List<SqlQuery>();
        foreach (var group in groups)
        {
            var ports = transformation.Ports.Where(p => string.Equals(p.Group, group.Name, StringComparison.OrdinalIgnoreCase) && p.Direction.HasFlag(PortDirection.Input)).ToList();
            var linked = ports.Where(p => context.Inputs.ContainsKey(p.Name)).Select(p => context.Inputs[p.Name]).ToList();
            if (linked.Count == 0)
            {
                continue;
            }

            var streams = linked.Select(v => v.Relation.Stream).Distinct().ToList();
            if (streams.Count > 1)
            {
                throw new LoweringRefusedException($"input group {group.Name} takes ports from {streams.Count} pipelines that do not share their rows");
            }

            var relation = linked.Select(v => v.Relation).MaxBy(r => r.Version)!;
            selects.Add(new SqlSelect(
                [.. columns.Select((c, i) => new SqlSelectItem(
                    i < ports.Count && context.Inputs.GetValueOrDefault(ports[i].Name) is { } value ? LoweringContext.Column(value.Column) : new SqlCast(SqlNull.Instance, Expressions.Translation.SqlTypes.Of(c.Type)),
                    c.Name))],
                new SqlTable(relation.View)));
        }

        if (selects.Count == 0)
        {
            throw new LoweringRefusedException("no input group of the Union is linked");
        }

        var step = context.Start(string.Empty, $"appends the rows of {string.Join(", ", groups.Select(g => g.Name))} (UNION ALL, duplicates kept)",
            _ => selects.Count == 1 ? selects[0] : new SqlUnionAll(selects), columns);
        return outputs.Select((p, i) => (p.Name, Value: new PortValue(step, columns[i]))).ToDictionary(p => p.Name, p => p.Value, StringComparer.OrdinalIgnoreCase);
    }
}
