using Informatica2Spark.Core.Parsing;
using Xunit;

namespace Informatica2Spark.Core.Tests.Parsing;

/// <summary>
/// The export reader reads ahead on a thread of its own: the parser must see exactly the bytes a plain read gives,
/// a failure of the read or of the inspection where its block would have begun, and nothing read after disposal.
/// </summary>
public sealed class ReadAheadStreamTests
{
    [Theory]
    [InlineData(0, 1)]
    [InlineData(1, 7)]
    [InlineData(ReadAheadStream.BlockSize * 3 + 17, 4096)]
    [InlineData(ReadAheadStream.BlockSize * 9, ReadAheadStream.BlockSize + 1)]
    public void The_reader_gets_every_byte_in_order_and_each_block_is_inspected_once(int length, int readSize)
    {
        var bytes = Enumerable.Range(0, length).Select(i => (byte)(i * 31 + i / 251)).ToArray();
        var inspected = new List<byte>();
        using var inner = new ShortReads(bytes);

        var read = new List<byte>();
        using (var stream = new ReadAheadStream(inner, block => inspected.AddRange(block.ToArray())))
        {
            var buffer = new byte[readSize];
            int n;
            while ((n = stream.Read(buffer)) > 0)
            {
                read.AddRange(buffer.AsSpan(0, n).ToArray());
            }

            Assert.Equal(0, stream.Read(buffer));
        }

        Assert.Equal(bytes, read);
        Assert.Equal(bytes, inspected);
    }

    [Fact]
    public void A_failing_inspection_reaches_the_reader_after_the_blocks_before_it_and_withholds_its_own()
    {
        var bytes = new byte[ReadAheadStream.BlockSize * 5];
        var blocks = 0;
        using var inner = new MemoryStream(bytes);
        using var stream = new ReadAheadStream(inner, _ =>
        {
            if (++blocks == 3)
            {
                throw new InvalidDataException("third block");
            }
        });

        var buffer = new byte[1000];
        long total = 0;
        var failure = Assert.Throws<InvalidDataException>(() =>
        {
            int n;
            while ((n = stream.Read(buffer)) > 0)
            {
                total += n;
            }
        });

        Assert.Equal("third block", failure.Message);
        Assert.Equal(2L * ReadAheadStream.BlockSize, total);
        Assert.Throws<InvalidDataException>(() => stream.Read(buffer));
    }

    [Fact]
    public void A_failing_read_reaches_the_reader_with_its_own_type()
    {
        using var inner = new FailingAfter(ReadAheadStream.BlockSize);
        using var stream = new ReadAheadStream(inner, _ => { });
        var buffer = new byte[ReadAheadStream.BlockSize];

        Assert.Equal(ReadAheadStream.BlockSize, stream.Read(buffer));
        Assert.Throws<IOException>(() => stream.Read(buffer));
    }

    [Fact]
    public void An_inspection_failure_with_an_offset_leaves_the_bytes_before_it_readable()
    {
        var bytes = Enumerable.Range(0, ReadAheadStream.BlockSize * 3).Select(i => (byte)i).ToArray();
        var seen = 0L;
        using var inner = new MemoryStream(bytes);
        using var stream = new ReadAheadStream(inner, block =>
        {
            seen += block.Length;
            if (seen > ReadAheadStream.BlockSize + 5000)
            {
                throw new RefusedAt(ReadAheadStream.BlockSize + 4096);
            }
        });

        var read = new MemoryStream();
        var buffer = new byte[777];
        Assert.Throws<RefusedAt>(() =>
        {
            int n;
            while ((n = stream.Read(buffer)) > 0)
            {
                read.Write(buffer, 0, n);
            }
        });

        Assert.Equal(bytes.AsSpan(0, ReadAheadStream.BlockSize + 4096).ToArray(), read.ToArray());
    }

    [Fact]
    public void Disposal_does_not_wait_for_a_read_in_progress_and_nothing_is_read_after_it()
    {
        using var inner = new GatedStream();
        var stream = new ReadAheadStream(inner, _ => { });
        Assert.Equal(10, stream.Read(new byte[10]));
        Assert.True(inner.Blocked.Wait(TimeSpan.FromSeconds(10)), "the read-ahead never read a second block");

        var clock = System.Diagnostics.Stopwatch.StartNew();
        stream.Dispose();
        stream.Dispose();
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"disposal waited {clock.Elapsed}");

        inner.Release.Set();
        Assert.True(inner.Returned.Wait(TimeSpan.FromSeconds(10)));
        Thread.Sleep(100);
        Assert.Equal(2, inner.Reads);
    }

    private sealed class RefusedAt(long offset) : Exception("refused"), IReadableUpTo
    {
        public long Offset { get; } = offset;
    }

    /// <summary>The first read gives a block at once; the second waits for <see cref="Release"/>, as a stalled pipe does.</summary>
    private sealed class GatedStream : MemoryStream
    {
        private int _reads;

        public ManualResetEventSlim Blocked { get; } = new();

        public ManualResetEventSlim Release { get; } = new();

        public ManualResetEventSlim Returned { get; } = new();

        public int Reads => Volatile.Read(ref _reads);

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (Interlocked.Increment(ref _reads) == 1)
            {
                return count;
            }

            Blocked.Set();
            Release.Wait();
            Returned.Set();
            return count;
        }
    }

    /// <summary>Gives at most 1,000 bytes per read, as a pipe may.</summary>
    private sealed class ShortReads(byte[] bytes) : MemoryStream(bytes)
    {
        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, 1000));
    }

    private sealed class FailingAfter(int length) : MemoryStream(new byte[length])
    {
        public override int Read(byte[] buffer, int offset, int count) =>
            Position < Length ? base.Read(buffer, offset, count) : throw new IOException("device error");
    }
}
