using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Informatica2Spark.Core.Emit;

/// <summary>The one JSON style of every output: camelCase, indented, LF, readable non-ASCII, nulls written.</summary>
public static class JsonOutput
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options) + "\n";

    /// <summary>
    /// The file <paramref name="relativePath"/> holding <paramref name="value"/> in this style, ending with a line feed:
    /// the same bytes as <see cref="OutputFile.Text"/> of <see cref="Serialize{T}"/>, written as UTF-8 directly (no
    /// intermediate string; a manifest of a large estate is tens of megabytes).
    /// </summary>
    public static OutputFile File<T>(string relativePath, T value)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(value, Options);
        var content = new byte[json.Length + 1];
        json.CopyTo(content, 0);
        content[^1] = (byte)'\n';
        return new OutputFile(relativePath, content);
    }
}
