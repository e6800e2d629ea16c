using System.Globalization;
using Informatica2Spark.Core.Diagnostics;
using Informatica2Spark.Core.Model;

namespace Informatica2Spark.Core.Sessions;

/// <summary>
/// Attributes merged in precedence order (a later layer wins), remembering where each value came from and which
/// ones a typed field took; whatever is not taken becomes an <see cref="OtherAttribute"/>.
/// </summary>
internal sealed class AttributeSet(string owner, SourceLocation location, List<Diagnostic> diagnostics)
{
    private readonly Dictionary<string, (string Name, string Value, AttributeOrigin Origin)> _values = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _taken = new(StringComparer.OrdinalIgnoreCase);

    public AttributeSet Layer(IReadOnlyList<AttributeValue>? attributes, AttributeOrigin origin)
    {
        if (attributes is null)
        {
            return this;
        }

        _values.EnsureCapacity(_values.Count + attributes.Count);
        for (var i = 0; i < attributes.Count; i++)
        {
            var attribute = attributes[i];
            _values[attribute.Name] = (attribute.Name, attribute.Value, origin);
        }

        return this;
    }

    /// <summary>The value of a mapped attribute (null when absent); marks it as held by a typed field.</summary>
    public string? Text(string name)
    {
        _taken.Add(name);
        return _values.TryGetValue(name, out var entry) ? entry.Value : null;
    }

    /// <summary>
    /// The names among <paramref name="names"/> whose value comes from the session or its task instance rather than
    /// from the mapping: a session's value replaces the mapping's (Workflow Basics Guide, "Sources", overriding
    /// source qualifier properties in the session), so the report says which ones did.
    /// </summary>
    public IReadOnlyList<string> SetBySession(params string[] names) =>
        [.. names.Where(n => _values.TryGetValue(n, out var entry) && entry.Origin is AttributeOrigin.Session or AttributeOrigin.TaskInstance)];

    /// <summary>Like <see cref="Text"/>, with empty text read as absent.</summary>
    public string? NonEmpty(string name) => Text(name) is { Length: > 0 } value ? value : null;

    public bool Flag(string name, bool whenAbsent) => Text(name)?.Trim().ToUpperInvariant() switch
    {
        "YES" or "TRUE" or "1" => true,
        "NO" or "FALSE" or "0" => false,
        _ => whenAbsent,
    };

    public int? Number(string name, int? whenAbsent = null)
    {
        var text = NonEmpty(name);
        if (text is null)
        {
            return whenAbsent;
        }

        if (int.TryParse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        Invalid(name, text, "a whole number");
        return whenAbsent;
    }

    public MemorySize Size(string name)
    {
        var size = MemorySize.Parse(Text(name));
        if (!size.IsValid)
        {
            Invalid(name, size.Text, "Auto, a byte count or a size such as 512MB");
        }

        return size;
    }

    public IEnumerable<OtherAttribute> Others() =>
        _values.Values.Where(v => !_taken.Contains(v.Name))
            .OrderBy(v => v.Name, StringComparer.Ordinal)
            .Select(v => new OtherAttribute(v.Name, v.Value, owner, v.Origin));

    private void Invalid(string name, string text, string expected) =>
        diagnostics.Add(DiagnosticCodes.SessionValueInvalid.Create(
            $"{owner}: '{name}' is '{text}', not {expected}; the default applies", location));
}
