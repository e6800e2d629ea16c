namespace Informatica2Spark.Testing;

/// <summary>
/// A read-only stream of a prefix, a pattern repeated a number of times and a suffix, generated as it is read: an input
/// of any size (a billion-character attribute value) that costs no memory and no disk, and whose reader can be held to
/// how much of it was read (<see cref="BytesRead"/>).
/// </summary>
public sealed class RepeatedStream(byte[] prefix, byte[] pattern, long repetitions, byte[] suffix) : Stream
{
    private readonly long _length = prefix.Length + (pattern.Length * repetitions) + suffix.Length;
    private long _position;

    /// <summary>How many bytes have been read so far.</summary>
    public long BytesRead => _position;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => _length;

    public override long Position
    {
        get => _position;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var written = 0;
        while (written < buffer.Length && _position < _length)
        {
            buffer[written++] = ByteAt(_position++);
        }

        return written;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    private byte ByteAt(long position)
    {
        if (position < prefix.Length)
        {
            return prefix[position];
        }

        var inPattern = position - prefix.Length;
        return inPattern < pattern.Length * repetitions
            ? pattern[inPattern % pattern.Length]
            : suffix[inPattern - (pattern.Length * repetitions)];
    }
}
