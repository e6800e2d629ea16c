namespace Informatica2Spark.Core.Model;

/// <summary>A 1-based line and column of an element in its export file (the column of its name in the start tag).</summary>
public readonly record struct TextPosition(int Line, int Column)
{
    public static TextPosition Unknown { get; } = new(0, 0);
}

/// <summary>
/// A name/value pair as exports write them: <c>ATTRIBUTE</c> (session, config, task and workflow properties, with
/// an optional partition name), <c>TABLEATTRIBUTE</c>, <c>FIELDATTRIBUTE</c>, <c>INITPROP</c>. Order is kept as
/// written, since PowerCenter property sheets are ordered.
/// </summary>
public sealed record AttributeValue(string Name, string Value, string? PartitionName = null);

/// <summary>A <c>VALUEPAIR</c>: assignment tasks, pre/post-session variable assignments.</summary>
public sealed record ValuePair(string Name, string Value, bool ReverseAssignment = false);

/// <summary>Anything in the export that has a name and a place in its file.</summary>
public interface IModelObject
{
    string Name { get; }

    TextPosition Position { get; }
}

/// <summary>Lookup helpers shared by every object that carries name/value attributes.</summary>
public static class AttributeListExtensions
{
    /// <summary>The value of the first attribute with this name (PowerCenter names compare case-insensitively).</summary>
    public static string? Get(this IReadOnlyList<AttributeValue> attributes, string name)
    {
        foreach (var attribute in attributes)
        {
            if (string.Equals(attribute.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return attribute.Value;
            }
        }

        return null;
    }
}
