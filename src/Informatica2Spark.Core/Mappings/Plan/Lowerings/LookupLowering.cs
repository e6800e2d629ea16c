using Informatica2Spark.Core.Expressions.Sql;
using Informatica2Spark.Core.Model;

namespace Informatica2Spark.Core.Mappings.Plan.Lowerings;

/// <summary>
/// Lookup (TG: Lookup Transformation), TYPE "Lookup Procedure". Connected: each row of the stream gets the lookup
/// output ports of the matching lookup row (<see cref="LookupJoin"/>: conditions, NULL matching NULL, the policy on
/// multiple match, default values when no row matches); the input/output ports pass their values through. Use All
/// Values makes the lookup active: one row per matching lookup row. Unconnected (no port linked, called as
/// <c>:LKP.name(...)</c>): the instance adds no step; each call is a join in the step of the expression that makes it,
/// and the report lists the calls.
/// </summary>
public sealed class LookupLowering : ITransformationLowering
{
    public IReadOnlyList<string> Types { get; } = ["Lookup Procedure"];

    public IReadOnlyDictionary<string, PortValue> Lower(LoweringContext context)
    {
        var transformation = context.Transformation;
        var lookup = LookupJoin.Of(transformation, context.Instance);
        if (context.Inputs.Count == 0 && !context.Graph.OutOf(context.Instance).Any())
        {
            context.Note("unconnected: each :LKP call joins it in the step of the expression that calls it");
            return new Dictionary<string, PortValue>();
        }

        var stream = context.Stream();
        var keys = new Dictionary<string, SqlExpr>(StringComparer.OrdinalIgnoreCase);
        foreach (var port in lookup.Conditions.Select(c => c.InputPort))
        {
            keys[port.Name] = context.Inputs.TryGetValue(port.Name, out var value)
                ? new SqlColumn(value.Column.Name)
                : throw new LoweringRefusedException($"the condition port {port.Name} is not linked from upstream");
        }

        var returned = transformation.Ports.Where(p => p.Direction.HasFlag(PortDirection.Lookup) && p.Direction.HasFlag(PortDirection.Output)).ToList();
        var (relation, columns) = lookup.Join(context, stream, keys, returned, context.Instance, string.Empty);
        var outputs = new Dictionary<string, PortValue>(StringComparer.OrdinalIgnoreCase);
        foreach (var port in transformation.Ports.Where(p => p.Direction.HasFlag(PortDirection.Output)))
        {
            if (columns.TryGetValue(port.Name, out var column))
            {
                outputs[port.Name] = new PortValue(relation, column);
            }
            else if (context.Inputs.TryGetValue(port.Name, out var value))
            {
                outputs[port.Name] = value with { Relation = relation };
            }
        }

        return outputs;
    }
}
