using System;

namespace Informatica2Spark.Runtime;

/// <summary>
/// Writes a value to the text stored in the run-state store and reads it back. Its <see cref="Name"/> is stored
/// beside every value it writes, so a value is always read back by the convertor that wrote it.
/// </summary>
public interface IValueConvertor
{
    /// <summary>The stored name; short, lower case, stable across versions (e.g. <c>json</c>).</summary>
    string Name { get; }

    string? Write(object? value, Type type);

    object? Read(string? text, Type type);
}
