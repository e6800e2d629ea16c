using System.Globalization;
using Informatica2Spark.Core.Expressions.Sql;
using Informatica2Spark.Core.Expressions.Types;
using Informatica2Spark.Core.Model;

namespace Informatica2Spark.Core.Mappings.Plan.Lowerings;

/// <summary>
/// Sequence Generator (TG: Sequence Generator Transformation, exports' TYPE "Sequence"): it has no input; each row of
/// the stream its NEXTVAL port feeds takes the next value, from the Current Value by Increment By, and CURRVAL is
/// NEXTVAL plus Increment By. The values become a column of that stream (<see cref="PlanSequence"/>), computed as
/// <c>start + (row_number() OVER (ORDER BY monotonically_increasing_id()) - 1) * increment</c> (the id computed first, as the column <c>INSTANCE.__order</c>), so they follow the
/// order Spark holds the rows in, which the instance reports as approximated. With Cycle the values wrap from End Value
/// to Start Value; without it a value past End Value fails the run (<c>raise_error</c>), as it fails the session in
/// PowerCenter. The first value of a run is the Current Value kept in the run state (a variable the driver binds and
/// advances, saved only when the run succeeds), or the Current Value attribute every run when Reset is on. Number of
/// Cached Values is not modelled: no value is skipped between runs.
/// </summary>
public sealed class SequenceGeneratorLowering : ITransformationLowering
{
    public IReadOnlyList<string> Types { get; } = ["Sequence", "Sequence Generator"];

    public IReadOnlyDictionary<string, PortValue> Lower(LoweringContext context)
    {
        var transformation = context.Transformation;
        var attributes = transformation.TableAttributes;
        var startValue = Number(attributes.Get("Start Value"), 0, "Start Value");
        var increment = Number(attributes.Get("Increment By"), 1, "Increment By");
        var endValue = Number(attributes.Get("End Value"), long.MaxValue, "End Value");
        var current = Number(attributes.Get("Current Value"), 1, "Current Value");
        var cycle = Yes(attributes.Get("Cycle"));
        var reset = Yes(attributes.Get("Reset"));
        if (increment <= 0)
        {
            throw new LoweringRefusedException($"Increment By {increment} is not positive");
        }

        if (cycle && (startValue > endValue || current < startValue || current > endValue))
        {
            throw new LoweringRefusedException($"the cycle Start Value {startValue}..End Value {endValue} does not hold the Current Value {current}");
        }

        var variable = reset ? null : "$$SEQ__" + context.Instance.Replace(".", "__", StringComparison.Ordinal) + "__START";
        var sequence = new PlanSequence(context.Instance, variable, current, startValue, increment, endValue, cycle);
        context.Note(reset
            ? $"Reset: every run starts at the Current Value {current}"
            : $"the Current Value ({current} on the first run) is kept in the run state as {variable}, advanced by the rows numbered and saved when the run succeeds");
        context.Approximate("the values follow the order Spark holds the rows in (monotonically_increasing_id), which may differ from the order PowerCenter reads them");
        if (Number(attributes.Get("Number of Cached Values"), 0, "Number of Cached Values") > 0)
        {
            context.Note("Number of Cached Values is not modelled: the values of a run follow those of the last successful run without a gap");
        }

        return transformation.Ports.Where(p => p.Direction.HasFlag(PortDirection.Output))
            .ToDictionary(p => p.Name, p => context.SequenceValue(sequence, new PlanColumn(context.ColumnOf(p.Name), LoweringContext.PortType(p) ?? PcType.BigInt)), StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The first value of a run: the <c>:SEQ__NAME__START</c> marker of the run-state variable, or the Current Value under Reset.</summary>
    public static SqlExpr Start(PlanSequence sequence) =>
        sequence.Variable is { } variable ? new SqlParameter(variable, SqlType.BigInt) : SqlLiteral.Int(sequence.CurrentValue);

    /// <summary>
    /// The value of the port whose column is <paramref name="column"/> for each row: NEXTVAL as described above, CURRVAL
    /// (a column ending <c>.CURRVAL</c>) NEXTVAL plus Increment By. <paramref name="order"/> is the column holding
    /// <c>monotonically_increasing_id()</c> of each row, which orders the row numbers.
    /// </summary>
    public static SqlExpr Value(PlanSequence sequence, SqlExpr start, string order, string column)
    {
        var index = new SqlBinary(SqlBinaryOperator.Subtract,
            new SqlCast(new SqlWindow(new SqlFunction("row_number", []), [], [new SqlOrder(new SqlColumn(order))]), SqlType.BigInt),
            SqlLiteral.Int(1));
        SqlExpr next = new SqlBinary(SqlBinaryOperator.Add, start, new SqlBinary(SqlBinaryOperator.Multiply, index, SqlLiteral.Int(sequence.Increment)));
        if (sequence.Cycle)
        {
            var span = (decimal.Floor(((decimal)sequence.EndValue - sequence.StartValue) / sequence.Increment) + 1) * sequence.Increment;
            if (span <= long.MaxValue)
            {
                next = new SqlBinary(SqlBinaryOperator.Add, SqlLiteral.Int(sequence.StartValue),
                    new SqlBinary(SqlBinaryOperator.Modulo, new SqlBinary(SqlBinaryOperator.Subtract, next, SqlLiteral.Int(sequence.StartValue)), SqlLiteral.Int((long)span)));
            }
        }
        else if (sequence.EndValue < long.MaxValue)
        {
            next = new SqlCase(
                [new SqlWhen(new SqlBinary(SqlBinaryOperator.Greater, next, SqlLiteral.Int(sequence.EndValue)),
                    new SqlFunction("raise_error", [SqlLiteral.String($"{sequence.Instance}: the sequence passed its End Value {sequence.EndValue} and does not cycle")]))],
                next);
        }

        return column.EndsWith(".CURRVAL", StringComparison.OrdinalIgnoreCase) ? new SqlBinary(SqlBinaryOperator.Add, next, SqlLiteral.Int(sequence.Increment)) : next;
    }

    private static long Number(string? text, long otherwise, string attribute) =>
        string.IsNullOrWhiteSpace(text) ? otherwise
        : long.TryParse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) ? value
        : throw new LoweringRefusedException($"{attribute} '{text}' is not a whole number");

    /// <summary>An attribute's YES.</summary>
    internal static bool Yes(string? text) => string.Equals(text?.Trim(), "YES", StringComparison.OrdinalIgnoreCase);
}
