using System.Buffers;
using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;

namespace Informatica2Spark.Core.Parsing;

/// <summary>
/// A read-only stream that reads its inner stream ahead on a thread of its own, a block per inner read (at most
/// <see cref="BlockSize"/> bytes, at most <see cref="Depth"/> blocks ahead), and hands each block to an inspection
/// there before the reader may have it: the byte-level work on an export (its read, the <see cref="ValueLengthGuard"/>,
/// the caller's hashing of what is read) runs beside the parser instead of between its reads.
/// </summary>
/// <remarks>
/// What the reader sees is what a plain read would give it: the same bytes in the same order, then the end. An
/// exception of the inner read or of the inspection reaches the reader where that block would have begun, after every
/// block before it; the failing block itself is not handed on, except the bytes before the offset of an inspection
/// failure that gives one (<see cref="IReadableUpTo"/>). <see cref="Stream.Dispose()"/> stops the read-ahead without
/// waiting for a read in progress (a pipe whose writer stalls would otherwise hold the process): the thread ends when
/// that read returns, and reads no further. A caller that reads the inner stream after disposal (as
/// <c>HashingStream.Finish</c> does) therefore shares it with that last read, and must serialize its reads.
/// </remarks>
internal sealed class ReadAheadStream : ReadOnlyStream
{
    /// <summary>The most bytes one block holds.</summary>
    public const int BlockSize = 256 * 1024;

    /// <summary>The most blocks read ahead of the reader.</summary>
    public const int Depth = 4;

    private readonly BlockingCollection<Block> _blocks = new(Depth);
    private readonly CancellationTokenSource _stop = new();
    private Block _current;
    private int _offset;
    private ExceptionDispatchInfo? _failure;
    private bool _ended;
    private bool _disposed;

    /// <param name="inner">The bytes to read ahead (not disposed with this stream).</param>
    /// <param name="inspect">Called on the read-ahead thread with each block, in order, before it is handed on; may throw.</param>
    public ReadAheadStream(Stream inner, Action<ReadOnlySpan<byte>> inspect)
    {
        Task.Factory.StartNew(() => ReadAhead(inner, inspect), CancellationToken.None,
            TaskCreationOptions.LongRunning, TaskScheduler.Default);
    }

    private readonly record struct Block(byte[]? Bytes, int Length, ExceptionDispatchInfo? Failure);

    public override int Read(Span<byte> buffer)
    {
        if (buffer.IsEmpty)
        {
            return 0;
        }

        while (_current.Bytes is null || _offset == _current.Length)
        {
            Release(_current);
            _current = default;
            _failure?.Throw();
            if (_ended || !_blocks.TryTake(out var next, Timeout.Infinite))
            {
                _ended = true;
                return 0;
            }

            if (next.Failure is { } failure)
            {
                _failure = failure;
                failure.Throw();
            }

            _current = next;
            _offset = 0;
        }

        var n = Math.Min(buffer.Length, _current.Length - _offset);
        _current.Bytes.AsSpan(_offset, n).CopyTo(buffer);
        _offset += n;
        return n;
    }

    private void ReadAhead(Stream inner, Action<ReadOnlySpan<byte>> inspect)
    {
        long blockStart = 0;
        try
        {
            while (!_stop.IsCancellationRequested)
            {
                byte[]? bytes = ArrayPool<byte>.Shared.Rent(BlockSize);
                try
                {
                    var length = inner.Read(bytes, 0, BlockSize);
                    if (length == 0)
                    {
                        break;
                    }

                    try
                    {
                        inspect(bytes.AsSpan(0, length));
                    }
                    catch (Exception refused) when (refused is IReadableUpTo upTo && upTo.Offset > blockStart)
                    {
                        _blocks.Add(new Block(bytes, (int)Math.Min(upTo.Offset - blockStart, length), null), _stop.Token);
                        bytes = null;
                        throw;
                    }

                    _blocks.Add(new Block(bytes, length, null), _stop.Token);
                    bytes = null;
                    blockStart += length;
                }
                finally
                {
                    if (bytes is not null)
                    {
                        ArrayPool<byte>.Shared.Return(bytes);
                    }
                }
            }

            _blocks.CompleteAdding();
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
        }
        catch (Exception error)
        {
            try
            {
                _blocks.Add(new Block(null, 0, ExceptionDispatchInfo.Capture(error)), _stop.Token);
                _blocks.CompleteAdding();
            }
            catch (OperationCanceledException)
            {
            }
        }
    }

    private static void Release(Block block)
    {
        if (block.Bytes is { } bytes)
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing && !_disposed)
        {
            _disposed = true;
            _stop.Cancel();
            Release(_current);
            _current = default;
            while (_blocks.TryTake(out var left))
            {
                Release(left);
            }
        }

        base.Dispose(disposing);
    }
}
