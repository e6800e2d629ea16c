using System.Globalization;
using Informatica2Spark.Core.Model;

namespace Informatica2Spark.Core.Parsing;

/// <summary>
/// One element of a single top-level folder object, as read: name, attributes in file order, children and
/// position. Only ever built for one object at a time, never for a whole document.
/// </summary>
internal sealed class RawElement(string name, KeyValuePair<string, string>[] attributes, TextPosition position)
{
    private static readonly KeyValuePair<string, string>[] NoAttributes = [];
    private RawElement[] _children = [];

    public string Name { get; } = name;

    public TextPosition Position { get; } = position;

    public IReadOnlyList<RawElement> Children => _children;

    public static KeyValuePair<string, string>[] EmptyAttributes => NoAttributes;

    /// <summary>Sets the children, in file order, from the reader's buffer (copied into an array of their exact count).</summary>
    public void SetChildren(ReadOnlySpan<RawElement> children) => _children = children.IsEmpty ? [] : children.ToArray();

    public string? Attr(string attributeName)
    {
        foreach (var pair in attributes)
        {
            if (ReferenceEquals(pair.Key, attributeName) || pair.Key == attributeName)
            {
                return pair.Value;
            }
        }

        return null;
    }

    /// <summary>The attribute's value, or empty text when absent (for attributes the schema requires).</summary>
    public string Required(string attributeName) => Attr(attributeName) ?? string.Empty;

    public string? NonEmpty(string attributeName) => Attr(attributeName) is { Length: > 0 } value ? value : null;

    public bool? Bool(string attributeName) => Attr(attributeName) switch
    {
        null => null,
        var v when v.Equals("YES", StringComparison.OrdinalIgnoreCase) => true,
        var v when v.Equals("NO", StringComparison.OrdinalIgnoreCase) => false,
        _ => null,
    };

    public bool Flag(string attributeName, bool whenAbsent = false) => Bool(attributeName) ?? whenAbsent;

    public int? Int(string attributeName) =>
        int.TryParse(Attr(attributeName), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;

    public IEnumerable<RawElement> All(string childName)
    {
        if (_children is null)
        {
            yield break;
        }

        foreach (var child in _children)
        {
            if (child.Name == childName)
            {
                yield return child;
            }
        }
    }

    public RawElement? First(string childName)
    {
        foreach (var child in _children)
        {
            if (child.Name == childName)
            {
                return child;
            }
        }

        return null;
    }

    /// <summary>The children named <paramref name="childName"/> (ATTRIBUTE, TABLEATTRIBUTE, ...) as name/value pairs.</summary>
    public IReadOnlyList<AttributeValue> NameValues(string childName) =>
        Map(childName, static c => new AttributeValue(c.Required("NAME"), c.Required("VALUE"), c.NonEmpty("PARTITIONNAME")));

    /// <summary>Builds a record for each child named <paramref name="childName"/>, in file order.</summary>
    public IReadOnlyList<T> Map<T>(string childName, Func<RawElement, T> build)
    {
        if (_children is null)
        {
            return [];
        }

        List<T>? items = null;
        foreach (var child in _children)
        {
            if (child.Name == childName)
            {
                (items ??= []).Add(build(child));
            }
        }

        return (IReadOnlyList<T>?)items ?? [];
    }

    /// <summary>Every attribute of this element except those listed, as name/value pairs.</summary>
    public IReadOnlyList<AttributeValue> OtherAttributes(params string[] except) =>
        attributes.Where(a => Array.IndexOf(except, a.Key) < 0).Select(a => new AttributeValue(a.Key, a.Value)).ToList();
}
