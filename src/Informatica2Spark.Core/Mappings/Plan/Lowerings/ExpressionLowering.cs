using Informatica2Spark.Core.Expressions.Sql;
using Informatica2Spark.Core.Expressions.Translation;
using Informatica2Spark.Core.Expressions.Types;
using Informatica2Spark.Core.Model;

namespace Informatica2Spark.Core.Mappings.Plan.Lowerings;

/// <summary>
/// Expression (TG: Expression Transformation): each row gets its output and variable ports computed, input ports
/// first, then variable ports in port order, then output ports (TG: Variable Ports > Port Order). A port that reads a
/// variable computed before it is computed in a later step of the same stream, so every step is one plain SELECT. A
/// variable port that reads itself or a variable after it sees the previous row's value, which one SQL row cannot
/// see: such an instance is refused with the port named. Each computed value is converted to its port's datatype
/// (<see cref="PortConversions"/>). Row errors (ERROR(), a division by zero, a value that does not convert) skip the
/// row unless the output port's default value replaces the error (TG: Default Values for Ports): the rows with an
/// error go to the step's reject view, the others on.
/// </summary>
public sealed class ExpressionLowering : ITransformationLowering
{
    public IReadOnlyList<string> Types { get; } = ["Expression"];

    public IReadOnlyDictionary<string, PortValue> Lower(LoweringContext context) => Lower(context, aggregates: false);

    /// <summary>The computation shared with transformations whose ports are expressions over one stream.</summary>
    internal static IReadOnlyDictionary<string, PortValue> Lower(LoweringContext context, bool aggregates)
    {
        var transformation = context.Transformation;
        context.AllowLookupCalls();
        var stream = context.Stream();
        var scope = context.Scope();
        var outputs = new Dictionary<string, PortValue>(StringComparer.OrdinalIgnoreCase);
        foreach (var port in transformation.Ports.Where(p => context.Inputs.ContainsKey(p.Name)))
        {
            outputs[port.Name] = context.Inputs[port.Name];
        }

        var computed = transformation.Ports
            .Where(p => !context.Inputs.ContainsKey(p.Name) && !string.IsNullOrWhiteSpace(p.Expression)
                && (p.Direction.HasFlag(PortDirection.Variable) || p.Direction.HasFlag(PortDirection.Output)))
            .OrderBy(p => p.Direction.HasFlag(PortDirection.Variable) ? 0 : 1)
            .ToList();
        var columns = computed.Select(p => context.ColumnOf(p.Name)).ToList();
        var levels = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var values = new List<(Port Port, PlanColumn Column, SqlExpr Value, SqlExpr? Error, int Level)>();
        for (var i = 0; i < computed.Count; i++)
        {
            var port = computed[i];
            var translation = context.Translate(port.Name, port.Expression!, scope, aggregates: aggregates);
            var read = Columns(translation.Value!).Concat(translation.Error is { } e ? Columns(e) : []).ToHashSet(StringComparer.OrdinalIgnoreCase);
            read.UnionWith(context.LookupArguments(read).ToList());
            var later = Enumerable.Range(i, computed.Count - i).Where(j => computed[j].Direction.HasFlag(PortDirection.Variable) && read.Contains(columns[j])).Select(j => computed[j].Name).ToList();
            if (later.Count > 0)
            {
                throw new LoweringRefusedException($"port {port.Name} reads {string.Join(", ", later)} from the previous row (a variable port read before it is computed), which is not translated yet");
            }

            var level = 1 + Enumerable.Range(0, i).Where(j => read.Contains(columns[j])).Select(j => levels[computed[j].Name]).DefaultIfEmpty(0).Max();
            levels[port.Name] = level;
            var type = LoweringContext.PortType(port) ?? translation.Type;
            var value = PortConversions.Convert(translation.Value!, translation.Type, type, context.Settings);
            var error = translation.Error;
            if (error is not null && Replacement(context, port) is { } replacement)
            {
                value = new SqlCase([new SqlWhen(new SqlIsNull(error, Negated: true), replacement)], value);
                error = null;
                context.Note($"a row error in {port.Name} gives its default value {port.DefaultValue}");
            }

            values.Add((port, new PlanColumn(columns[i], type), value, error, level));
        }

        var relation = stream;
        var maximum = values.Count == 0 ? 0 : values.Max(v => v.Level);
        for (var level = 1; level <= maximum; level++)
        {
            var these = values.Where(v => v.Level == level).ToList();
            var input = context.JoinLookups(relation, [.. these.Select(v => v.Value), .. these.Select(v => v.Error).OfType<SqlExpr>()]);
            var suffix = level == maximum && values.All(v => v.Error is null) ? string.Empty : $"__{level}";
            relation = context.Continue(input, suffix, level == 1 ? "computes " + string.Join(", ", these.Select(v => v.Port.Name)) : "then " + string.Join(", ", these.Select(v => v.Port.Name)),
                _ => new SqlSelect([new SqlSelectItem(new SqlStar()), .. these.Select(v => new SqlSelectItem(v.Value, v.Column.Name))], new SqlTable(input.View)),
                [.. these.Select(v => v.Column)]);
        }

        var errors = values.Where(v => v.Error is not null).Select(v => v.Error!).ToList();
        if (errors.Count > 0)
        {
            var errorColumn = new PlanColumn(context.ColumnOf("__error"), PcType.String());
            var withErrors = relation;
            var error = errors.Count == 1 ? errors[0] : new SqlFunction("coalesce", errors);
            relation = context.Continue(withErrors, "__checked", "finds the row errors", _ => new SqlSelect([new SqlSelectItem(new SqlStar()), new SqlSelectItem(error, errorColumn.Name)], new SqlTable(withErrors.View)), [errorColumn]);
            var checkedRows = relation;
            context.Reject(checkedRows, errorColumn);
            relation = context.Continue(checkedRows, string.Empty, "keeps the rows without a row error (PowerCenter skips the others)",
                _ => new SqlSelect([new SqlSelectItem(new SqlStar())], new SqlTable(checkedRows.View)) { Where = new SqlIsNull(new SqlColumn(errorColumn.Name)) }, []);
        }

        foreach (var (port, column, _, _, _) in values.Where(v => v.Port.Direction.HasFlag(PortDirection.Output)))
        {
            outputs[port.Name] = new PortValue(relation, column);
        }

        return outputs.ToDictionary(o => o.Key, o => o.Value with { Relation = relation }, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The value an output port's default gives in place of a row error: a constant or NULL; null for ERROR() or ABORT() (the default of the default).</summary>
    private static SqlExpr? Replacement(LoweringContext context, Port port)
    {
        if (string.IsNullOrWhiteSpace(port.DefaultValue) || port.DefaultValue.TrimStart().StartsWith("ERROR", StringComparison.OrdinalIgnoreCase)
            || port.DefaultValue.TrimStart().StartsWith("ABORT", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var translation = context.Translate($"{port.Name} default", port.DefaultValue, context.Scope([]));
        return translation.Value;
    }

    /// <summary>Every column a tree reads.</summary>
    internal static IEnumerable<string> Columns(SqlExpr tree)
    {
        var found = new List<string>();
        SqlTree.Rewrite(tree, node =>
        {
            if (node is SqlColumn column)
            {
                found.Add(column.Name);
            }

            return null;
        });
        return found;
    }
}
