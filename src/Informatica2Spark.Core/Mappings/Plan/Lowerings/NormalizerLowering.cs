using System.Globalization;
using Informatica2Spark.Core.Expressions.Sql;
using Informatica2Spark.Core.Expressions.Types;
using Informatica2Spark.Core.Model;

namespace Informatica2Spark.Core.Mappings.Plan.Lowerings;

/// <summary>
/// Normalizer (TG: Normalizer Transformation): each input row becomes one output row per occurrence of its
/// multiple-occurring fields. A field that occurs n times has n input ports sharing its <c>REF_SOURCE_FIELD</c>, in
/// occurrence order, and one output port; a field that occurs once has one input port, repeated on every output row.
/// The step is a <c>UNION ALL</c> of one select per occurrence. <c>GCID_FIELD</c> (generated column ID) is the
/// occurrence index from 1; <c>GK_FIELD</c> (generated key) is one value per input row, shared by its output rows,
/// numbered like a Sequence Generator (<see cref="SequenceGeneratorLowering"/>): from its <c>SEQUENCE_GENERATOR_VALUE</c>,
/// kept in the run state across runs and saved when the run succeeds; Restart starts every run at 1 and Reset at the
/// stored value. Multiple-occurring fields with different occurrence counts (nested record levels) are refused.
/// </summary>
public sealed class NormalizerLowering : ITransformationLowering
{
    public IReadOnlyList<string> Types { get; } = ["Normalizer"];

    public IReadOnlyDictionary<string, PortValue> Lower(LoweringContext context)
    {
        var transformation = context.Transformation;
        var stream = context.Stream();
        var inputs = transformation.Ports.Where(p => p.Direction.HasFlag(PortDirection.Input) && p.RefSourceField is not null)
            .GroupBy(p => p.RefSourceField!, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.OrdinalIgnoreCase);
        var counts = inputs.Values.Where(g => g.Count > 1).Select(g => g.Count).Distinct().ToList();
        if (counts.Count > 1)
        {
            throw new LoweringRefusedException($"its multiple-occurring fields occur {string.Join(", ", counts)} times: nested or uneven occurrences are not translated");
        }

        var occurs = counts.Count == 0 ? 1 : counts[0];
        var restart = SequenceGeneratorLowering.Yes(transformation.TableAttributes.Get("Restart"));
        var reset = SequenceGeneratorLowering.Yes(transformation.TableAttributes.Get("Reset"));
        var outputs = transformation.Ports.Where(p => p.Direction.HasFlag(PortDirection.Output)).ToList();
        var keys = outputs.Where(p => IsKey(p)).ToList();
        var numbered = stream;
        foreach (var key in keys)
        {
            var first = long.TryParse(key.SequenceGeneratorValue, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) ? value : 1;
            var instance = $"{context.Instance}.{key.Name}";
            var variable = restart || reset ? null : "$$SEQ__" + instance.Replace(".", "__", StringComparison.Ordinal) + "__START";
            var sequence = new PlanSequence(instance, variable, restart ? 1 : first, 1, 1, long.MaxValue, false);
            numbered = context.Number(numbered, sequence, [new PlanColumn(context.ColumnOf(key.Name), LoweringContext.PortType(key) ?? PcType.BigInt)], $"numbers the rows for {key.Name}");
            context.Note(variable is null
                ? $"{key.Name} starts every run at {sequence.CurrentValue} ({(restart ? "Restart" : "Reset")})"
                : $"{key.Name} continues from the value kept in the run state as {variable} ({first} on the first run), saved when the run succeeds");
        }

        if (keys.Count > 0)
        {
            context.Approximate("the generated keys follow the order Spark holds the rows in (monotonically_increasing_id), which may differ from the order PowerCenter reads them");
        }

        var columns = outputs.Select(p => new PlanColumn(context.ColumnOf(p.Name), LoweringContext.PortType(p) ?? PcType.Unknown)).ToList();
        var selects = Enumerable.Range(1, occurs).Select(occurrence => (SqlQuery)new SqlSelect(
            [.. outputs.Select((p, i) => new SqlSelectItem(Value(context, p, inputs, occurrence), columns[i].Name))],
            new SqlTable(numbered.View))).ToList();
        var step = context.Start(string.Empty, $"one row per occurrence ({occurs}) of each input row",
            _ => selects.Count == 1 ? selects[0] : new SqlUnionAll(selects), columns);
        return outputs.Select((p, i) => (p.Name, Value: new PortValue(step, columns[i]))).ToDictionary(p => p.Name, p => p.Value, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>An output port's value on the row of one occurrence.</summary>
    private static SqlExpr Value(LoweringContext context, Port port, Dictionary<string, List<Port>> inputs, int occurrence)
    {
        if (IsKey(port))
        {
            return new SqlColumn(context.ColumnOf(port.Name));
        }

        if (port.PortTypeText.Contains("GENERATED COLUMN ID", StringComparison.OrdinalIgnoreCase))
        {
            return SqlLiteral.Int(occurrence);
        }

        if (port.RefSourceField is null || !inputs.TryGetValue(port.RefSourceField, out var ports))
        {
            throw new LoweringRefusedException($"output port {port.Name} refers to no input field");
        }

        var input = ports.Count == 1 ? ports[0] : ports[occurrence - 1];
        return context.Inputs.TryGetValue(input.Name, out var value) ? LoweringContext.Column(value.Column) : SqlLiteral.Null(Expressions.Translation.SqlTypes.Of(LoweringContext.PortType(port) ?? PcType.String()));
    }

    private static bool IsKey(Port port) => port.PortTypeText.Contains("GENERATED KEY", StringComparison.OrdinalIgnoreCase);
}
