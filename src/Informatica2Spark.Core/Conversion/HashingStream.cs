using System.Security.Cryptography;

namespace Informatica2Spark.Core.Conversion;

/// <summary>
/// Reads through another stream while hashing what it reads, so an input's SHA-256 comes from the one read that
/// parses it. <see cref="Finish"/> first reads whatever the parser left unread. Reads are serialized: the export
/// reader's read-ahead thread may still be in its last read when <see cref="Finish"/> begins (both hash what they
/// read, in the order read), and nothing is read once <see cref="Finish"/> has reached the end.
/// </summary>
internal sealed class HashingStream(Stream inner) : Stream
{
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private readonly Lock _gate = new();
    private bool _finished;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => inner.Length;

    public override long Position { get => inner.Position; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        lock (_gate)
        {
            if (_finished)
            {
                return 0;
            }

            var read = inner.Read(buffer);
            _hash.AppendData(buffer[..read]);
            return read;
        }
    }

    /// <summary>The lower-case hex SHA-256 of every byte of the stream.</summary>
    public string Finish()
    {
        var rest = new byte[81920];
        lock (_gate)
        {
            while (Read(rest) > 0)
            {
            }

            _finished = true;
            return Convert.ToHexStringLower(_hash.GetHashAndReset());
        }
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            lock (_gate)
            {
                _finished = true;
                _hash.Dispose();
            }
        }

        base.Dispose(disposing);
    }
}
