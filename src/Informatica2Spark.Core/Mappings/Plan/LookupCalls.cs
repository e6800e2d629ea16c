using Informatica2Spark.Core.Expressions.Binding;
using Informatica2Spark.Core.Expressions.Sql;
using Informatica2Spark.Core.Expressions.Translation;
using Informatica2Spark.Core.Mappings.Plan.Lowerings;
using Informatica2Spark.Core.Model;

namespace Informatica2Spark.Core.Mappings.Plan;

/// <summary>
/// The unconnected lookup calls (<c>:LKP.name(arguments)</c>; TG: Lookup > Unconnected Lookup Transformations) of one
/// instance's expressions. A call becomes a column, <c>INSTANCE.LKP_n.RETURN_PORT</c>: the lookup's return port for
/// the arguments, taken by the instance's step from a LEFT OUTER JOIN of its stream with the lookup
/// (<see cref="LookupJoin"/>, the arguments given to the lookup's input ports in port order), made just before the step
/// that reads the column. Calls of one lookup with the same arguments share one join. Use All Values is refused, as
/// PowerCenter allows it only for connected lookups.
/// </summary>
internal sealed class LookupCalls(LoweringContext context) : IExpressionHost
{
    private readonly List<Call> calls = [];

    public SqlExpr? LookupCall(LookupSymbol lookup, IReadOnlyList<SqlExpr> arguments)
    {
        if (context.Graph.Node(lookup.Name) is not { Transformation: { } transformation } node)
        {
            return null;
        }

        var text = $":LKP.{lookup.Name}({string.Join(", ", arguments.Select(SparkDialect.Instance.Render))})";
        if (calls.FirstOrDefault(c => c.Text.Equals(text, StringComparison.OrdinalIgnoreCase)) is { } known)
        {
            return new SqlColumn(known.Result);
        }

        var returned = transformation.Ports.FirstOrDefault(p => p.Direction.HasFlag(PortDirection.Return))
            ?? transformation.Ports.Single(p => p.Direction.HasFlag(PortDirection.Output));
        var prefix = $"{context.Instance}.LKP_{calls.Count + 1}";
        var call = new Call(node, transformation, arguments, text, prefix, returned, $"{prefix}.{returned.Name}");
        calls.Add(call);
        context.NoteLookupCall(node.Name, $"called by {context.Instance} as {text}");
        return new SqlColumn(call.Result);
    }

    /// <summary>The columns the arguments of the calls whose results are among <paramref name="columns"/> read, nested calls included.</summary>
    public IEnumerable<string> ArgumentColumns(IEnumerable<string> columns)
    {
        var found = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var pending = new Stack<string>(columns);
        while (pending.Count > 0)
        {
            var column = pending.Pop();
            foreach (var read in calls.Where(c => c.Result.Equals(column, StringComparison.OrdinalIgnoreCase)).SelectMany(c => c.Arguments).SelectMany(ExpressionLowering.Columns))
            {
                if (found.Add(read))
                {
                    pending.Push(read);
                }
            }
        }

        return found;
    }

    /// <summary>The stream with the joins of every call <paramref name="values"/> read that is not joined yet, nested calls first.</summary>
    public Relation Join(Relation stream, IEnumerable<SqlExpr> values)
    {
        var read = values.SelectMany(ExpressionLowering.Columns).ToList();
        var needed = ArgumentColumns(read).Concat(read).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var call in calls.Where(c => !c.Joined && needed.Contains(c.Result)))
        {
            var lookup = LookupJoin.Of(call.Transformation, call.Node.Name);
            if (lookup.Policy == LookupPolicy.UseAllValues)
            {
                throw new LoweringRefusedException($"{call.Text} calls a lookup that returns all values, which PowerCenter allows only connected");
            }

            var inputs = lookup.InputPorts;
            if (inputs.Count != call.Arguments.Count)
            {
                throw new LoweringRefusedException($"{call.Text} gives {call.Arguments.Count} arguments to a lookup of {inputs.Count} input ports");
            }

            var keys = inputs.Select((p, i) => (p.Name, Value: call.Arguments[i])).ToDictionary(p => p.Name, p => p.Value, StringComparer.OrdinalIgnoreCase);
            (stream, _) = lookup.Join(context, stream, keys, [call.Returned], call.Prefix, $"{call.Prefix[(context.Instance.Length + 1)..]}_");
            call.Joined = true;
        }

        return stream;
    }

    private sealed record Call(GraphNode Node, Transformation Transformation, IReadOnlyList<SqlExpr> Arguments, string Text, string Prefix, Port Returned, string Result)
    {
        public bool Joined { get; set; }
    }
}
