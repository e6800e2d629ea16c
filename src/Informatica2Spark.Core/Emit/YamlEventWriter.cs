using System.Globalization;
using System.Text;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.Serialization.Schemas;

namespace Informatica2Spark.Core.Emit;

/// <summary>
/// Writes one YAML document through YamlDotNet's <see cref="Emitter"/>, event by event, with the events YamlDotNet's
/// serializer makes of an object graph under <c>DefaultValuesHandling.OmitNull | OmitEmptyCollections</c>: a plain
/// key and its value per property; a null value, an empty string or an empty list left out with its key; strings,
/// booleans and numbers as implicitly typed scalars whose style (plain, quoted, folded) the emitter chooses, so the
/// quoting and escaping stay the library's. Callers give the keys in the order of the schema they write, without the
/// reflection and per-value descriptors of the serializer.
/// </summary>
internal sealed class YamlEventWriter
{
    private static readonly EmitterSettings Settings = EmitterSettings.Default.WithNewLine("\n");

    private readonly IEmitter _emitter;

    private YamlEventWriter(IEmitter emitter) => _emitter = emitter;

    /// <summary>
    /// <paramref name="prefix"/> followed by the document whose top-level value <paramref name="write"/> writes, in a
    /// builder (<see cref="OutputFile.Text(string, StringBuilder)"/> encodes it without making a string of it first).
    /// </summary>
    public static StringBuilder Document(string prefix, Action<YamlEventWriter> write)
    {
        var builder = new StringBuilder(prefix);
        using var text = new StringWriter(builder, CultureInfo.InvariantCulture);
        var emitter = new Emitter(text, Settings);
        emitter.Emit(new StreamStart());
        emitter.Emit(new DocumentStart());
        write(new YamlEventWriter(emitter));
        emitter.Emit(new DocumentEnd(true));
        emitter.Emit(new StreamEnd());
        return builder;
    }

    /// <summary>Starts a block mapping (the document, a value after <see cref="Key"/>, or a list item); <see cref="EndMapping"/> closes it.</summary>
    public void BeginMapping() => _emitter.Emit(new MappingStart(AnchorName.Empty, TagName.Empty, false, MappingStyle.Any));

    /// <summary>Starts a block mapping as the value of <paramref name="key"/>; <see cref="EndMapping"/> closes it.</summary>
    public void BeginMapping(string key)
    {
        Key(key);
        BeginMapping();
    }

    /// <summary>Closes the mapping <see cref="BeginMapping()"/> opened.</summary>
    public void EndMapping() => _emitter.Emit(new MappingEnd());

    /// <summary>The key of a value the caller writes next (a mapping, a list or a scalar).</summary>
    public void Key(string key) => _emitter.Emit(new Scalar(AnchorName.Empty, FailsafeSchema.Tags.Str, key, ScalarStyle.Plain, true, false));

    /// <summary>A string value with its key; left out when null or empty.</summary>
    public void Pair(string key, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            Key(key);
            Value(value);
        }
    }

    /// <summary>A boolean value with its key (<c>true</c>, <c>false</c>).</summary>
    public void Pair(string key, bool value)
    {
        Key(key);
        _emitter.Emit(new Scalar(AnchorName.Empty, JsonSchema.Tags.Bool, value ? "true" : "false", ScalarStyle.Any, true, false));
    }

    /// <summary>A number with its key, in invariant digits; left out when null.</summary>
    public void Pair(string key, int? value)
    {
        if (value is { } number)
        {
            Key(key);
            _emitter.Emit(new Scalar(AnchorName.Empty, JsonSchema.Tags.Int, number.ToString(CultureInfo.InvariantCulture), ScalarStyle.Any, true, false));
        }
    }

    /// <summary>A list with its key, each item written by <paramref name="item"/>; left out when empty.</summary>
    public void Sequence<T>(string key, IReadOnlyList<T> items, Action<YamlEventWriter, T> item)
    {
        if (items.Count == 0)
        {
            return;
        }

        Key(key);
        _emitter.Emit(new SequenceStart(AnchorName.Empty, TagName.Empty, false, SequenceStyle.Any));
        foreach (var value in items)
        {
            item(this, value);
        }

        _emitter.Emit(new SequenceEnd());
    }

    /// <summary>A string as a value or a list item (null as an empty plain scalar, as the serializer writes it).</summary>
    public void Value(string? value) =>
        _emitter.Emit(value is null
            ? new Scalar(AnchorName.Empty, JsonSchema.Tags.Null, string.Empty, ScalarStyle.Plain, true, false)
            : new Scalar(AnchorName.Empty, FailsafeSchema.Tags.Str, value, ScalarStyle.Any, true, false));
}
