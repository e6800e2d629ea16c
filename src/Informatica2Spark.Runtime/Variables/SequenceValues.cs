using System;

namespace Informatica2Spark.Runtime;

/// <summary>
/// The properties of a Sequence Generator that decide its values (TG: Sequence Generator Transformation > Sequence
/// Generator Properties): Start Value (where a cycle restarts), Increment By (positive), End Value (the greatest value
/// it generates) and Cycle (restart at Start Value after End Value; without it, passing End Value fails the session).
/// </summary>
public sealed record SequenceSettings(long StartValue, long Increment, long EndValue, bool Cycle)
{
    /// <summary>
    /// The Current Value after <paramref name="rows"/> rows took a value, starting at <paramref name="current"/>:
    /// <c>current + rows * increment</c>, wrapped into Start Value..End Value when the sequence cycles.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rows"/> is negative.</exception>
    public long Next(long current, long rows)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(rows);
        var next = (decimal)current + ((decimal)rows * Increment);
        if (Cycle && next > EndValue)
        {
            var span = (decimal.Floor(((decimal)EndValue - StartValue) / Increment) + 1) * Increment;
            next = StartValue + ((next - StartValue) % span);
        }

        return next > long.MaxValue ? long.MaxValue : (long)next;
    }
}

/// <summary>Advancing the Current Value of Sequence Generators kept as variables of a run.</summary>
public static class SequenceVariables
{
    /// <summary>
    /// Sets the variable holding a Sequence Generator's Current Value to the value after <paramref name="rows"/> rows
    /// took one, from the value it started this run with; it is saved with the other variables, only when the run
    /// succeeds.
    /// </summary>
    /// <exception cref="RunStateException">The variable is not declared, or is not an integer.</exception>
    public static void Advance(this VariableSet variables, string name, long rows, SequenceSettings settings)
    {
        var start = variables.StartValueOf(name) is long value ? value : throw new RunStateException($"{name}: a sequence's current value must be an integer variable");
        variables.SetVariable(name, settings.Next(start, rows));
    }
}
