using System;
using System.Collections.Generic;

namespace Informatica2Spark.Runtime;

/// <summary>The convertors a driver knows, by name; <see cref="Default"/> writes new values.</summary>
public sealed class ValueConvertors
{
    private readonly Dictionary<string, IValueConvertor> byName = new(StringComparer.Ordinal);

    public ValueConvertors(IValueConvertor @default, params IValueConvertor[] others)
    {
        Default = @default;
        Add(@default);
        foreach (var other in others)
        {
            Add(other);
        }
    }

    /// <summary>JSON writes every value.</summary>
    public static ValueConvertors Json() => new(new JsonValueConvertor());

    public IValueConvertor Default { get; }

    /// <summary>The convertor that wrote a stored value, or a clear failure when this driver does not know it.</summary>
    public IValueConvertor Get(string name) => byName.TryGetValue(name, out var convertor)
        ? convertor
        : throw new RunStateException($"a stored value was written by convertor '{name}', which this driver does not register: add it to RunStateOptions.Convertors");

    private void Add(IValueConvertor convertor)
    {
        if (!byName.TryAdd(convertor.Name, convertor))
        {
            throw new ArgumentException($"two convertors are named '{convertor.Name}'", nameof(convertor));
        }
    }
}
