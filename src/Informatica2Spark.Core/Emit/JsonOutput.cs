using System.Buffers;
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
    /// <remarks>
    /// The JSON is written into 64 KiB chunks and copied once into the file's bytes: a buffer that doubles as it fills
    /// would copy a manifest of tens of megabytes several times over, each time into fresh memory.
    /// </remarks>
    public static OutputFile File<T>(string relativePath, T value)
    {
        var chunks = new ChunkedBuffer();
        using (var writer = new Utf8JsonWriter(chunks, WriterOptions))
        {
            JsonSerializer.Serialize(writer, value, Options);
        }

        var content = GC.AllocateUninitializedArray<byte>(checked((int)chunks.Length + 1));
        chunks.CopyTo(content);
        content[^1] = (byte)'\n';
        return new OutputFile(relativePath, content);
    }

    /// <summary>
    /// The writer settings of <see cref="Options"/>, as the serializer makes them for its own writer: its indentation,
    /// line feed and encoder; the depth it allows (64 when unset); no validation of the writer's calls, which the
    /// serializer makes in a valid order.
    /// </summary>
    private static JsonWriterOptions WriterOptions => new()
    {
        Encoder = Options.Encoder,
        Indented = Options.WriteIndented,
        IndentCharacter = Options.IndentCharacter,
        IndentSize = Options.IndentSize,
        MaxDepth = Options.MaxDepth == 0 ? DefaultMaxDepth : Options.MaxDepth,
        NewLine = Options.NewLine,
        SkipValidation = true,
    };

    /// <summary>The depth the serializer allows when <see cref="JsonSerializerOptions.MaxDepth"/> is 0 (System.Text.Json's documented default).</summary>
    private const int DefaultMaxDepth = 64;

    /// <summary>Bytes written as a list of fixed-size chunks, never moved once written.</summary>
    private sealed class ChunkedBuffer : IBufferWriter<byte>
    {
        private const int ChunkSize = 64 * 1024;
        private readonly List<(byte[] Bytes, int Used)> _chunks = [];
        private byte[] _current = [];
        private int _used;

        public long Length => _chunks.Sum(c => (long)c.Used) + _used;

        public void Advance(int count) => _used += count;

        public Memory<byte> GetMemory(int sizeHint = 0)
        {
            Reserve(sizeHint);
            return _current.AsMemory(_used);
        }

        public Span<byte> GetSpan(int sizeHint = 0)
        {
            Reserve(sizeHint);
            return _current.AsSpan(_used);
        }

        public void CopyTo(Span<byte> destination)
        {
            foreach (var (bytes, used) in _chunks)
            {
                bytes.AsSpan(0, used).CopyTo(destination);
                destination = destination[used..];
            }

            _current.AsSpan(0, _used).CopyTo(destination);
        }

        /// <summary>Starts a new chunk when the current one has less room than asked (at least one byte).</summary>
        private void Reserve(int sizeHint)
        {
            if (_current.Length - _used < Math.Max(sizeHint, 1))
            {
                if (_used > 0)
                {
                    _chunks.Add((_current, _used));
                }

                _current = new byte[Math.Max(sizeHint, ChunkSize)];
                _used = 0;
            }
        }
    }
}
