using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace Informatica2Spark.Runtime;

/// <summary>
/// The mapping and workflow variables of a run: each starts from the parameter file, then a pre-session assignment,
/// then the value saved by the last successful run, then its initial value, then its datatype default. The SET
/// functions change the current value; the final values are saved only when the run completes successfully. NULL
/// values passed to the SET functions are ignored, as PowerCenter does. Names compare case-insensitively, with or
/// without <c>$$</c>. Safe to call from several threads.
/// </summary>
public sealed class VariableSet
{
    private readonly object gate = new();
    private readonly Dictionary<string, Entry> entries = new(StringComparer.Ordinal);

    internal VariableSet(IEnumerable<Entry> start)
    {
        foreach (var entry in start)
        {
            entries[VariableDeclaration.Key(entry.Declaration.Name)] = entry;
        }
    }

    public IReadOnlyList<VariableDeclaration> Declarations => entries.Values.Select(e => e.Declaration).ToList();

    /// <summary>The current value: string, long, decimal or DateTime by the variable's kind (null only when NULL).</summary>
    public object? Get(string name)
    {
        lock (gate)
        {
            return Find(name).Current;
        }
    }

    public T? Get<T>(string name) => Get(name) is { } value ? (T)value : default;

    /// <summary>The current value as invariant text: dates as <c>yyyy-MM-dd HH:mm:ss.ffffff</c>, NULL as empty.</summary>
    public string GetText(string name) => Get(name) switch
    {
        null => string.Empty,
        DateTime date => date.ToString("yyyy-MM-dd HH:mm:ss.ffffff", CultureInfo.InvariantCulture),
        IFormattable value => value.ToString(null, CultureInfo.InvariantCulture),
        var value => value.ToString() ?? string.Empty,
    };

    /// <summary>The value the variable started this run with.</summary>
    public object? StartValueOf(string name)
    {
        lock (gate)
        {
            return Find(name).Start;
        }
    }

    /// <summary>Where the start value came from.</summary>
    public VariableOrigin OriginOf(string name)
    {
        lock (gate)
        {
            return Find(name).Origin;
        }
    }

    /// <summary>SETVARIABLE: the current value becomes <paramref name="value"/>.</summary>
    public void SetVariable(string name, object? value) => Update(name, value, (_, next) => next);

    /// <summary>SETMAXVARIABLE: the current value becomes the greater of itself and <paramref name="value"/>.</summary>
    public void SetMaxVariable(string name, object? value) =>
        Update(name, value, (current, next) => current is null || Comparer<object>.Default.Compare(next, current) > 0 ? next : current);

    /// <summary>SETMINVARIABLE: the current value becomes the smaller of itself and <paramref name="value"/>.</summary>
    public void SetMinVariable(string name, object? value) =>
        Update(name, value, (current, next) => current is null || Comparer<object>.Default.Compare(next, current) < 0 ? next : current);

    /// <summary>SETCOUNTVARIABLE: adds <paramref name="delta"/> (1 per inserted row, -1 per deleted row).</summary>
    public void SetCountVariable(string name, long delta = 1)
    {
        lock (gate)
        {
            var entry = Find(name);
            if (entry.Declaration.DataType is not (VariableDataType.Integer or VariableDataType.Decimal))
            {
                throw new RunStateException($"SETCOUNTVARIABLE({entry.Declaration.Name}): the variable is {entry.Declaration.DataType.ToString().ToLowerInvariant()}, not a number");
            }

            entry.Current = entry.Declaration.Coerce(Convert.ToDecimal(entry.Current ?? 0m, CultureInfo.InvariantCulture) + delta);
        }
    }

    internal IReadOnlyList<Entry> Snapshot()
    {
        lock (gate)
        {
            return entries.Values.OrderBy(e => e.Declaration.Name, StringComparer.Ordinal).ToList();
        }
    }

    private void Update(string name, object? value, Func<object?, object, object?> combine)
    {
        lock (gate)
        {
            var entry = Find(name);
            if (entry.Declaration.Coerce(value) is { } next)
            {
                entry.Current = combine(entry.Current, next);
            }
        }
    }

    private Entry Find(string name) => entries.TryGetValue(VariableDeclaration.Key(name), out var entry)
        ? entry
        : throw new RunStateException($"{name} is not a declared mapping or workflow variable of this session");

    /// <summary>One variable's declaration, start value with its origin, and current value.</summary>
    internal sealed class Entry(VariableDeclaration declaration, object? start, VariableOrigin origin)
    {
        public VariableDeclaration Declaration { get; } = declaration;

        public object? Start { get; } = start;

        public VariableOrigin Origin { get; } = origin;

        public object? Current { get; set; } = start;
    }
}
