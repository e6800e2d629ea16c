using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;

namespace Informatica2Spark.Core.Pipeline;

/// <summary>
/// The one level of parallelism of a conversion run: at most <c>workers</c> dedicated threads run the work posted to
/// it, in no fixed order (callers put results in slots and order them afterwards). With one worker there is no thread:
/// <see cref="Post"/> runs the work at once on the calling thread. Nothing runs on the .NET thread pool and nothing
/// waits on a task, so a run can never starve the pool however many folders and sessions it posts.
/// </summary>
/// <remarks>
/// The work is expected to catch its own failures (<see cref="SessionConversion"/> does); an exception that escapes
/// anyway stops nothing else and is rethrown, the first one, by <see cref="Complete"/>.
/// </remarks>
internal sealed class WorkerPool : IDisposable
{
    private readonly BlockingCollection<Action>? _queue;
    private readonly Thread[] _threads;
    private ExceptionDispatchInfo? _failure;

    /// <param name="workers">At least 1; 1 runs everything on the calling thread.</param>
    public WorkerPool(int workers)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(workers, 1);
        if (workers == 1)
        {
            _threads = [];
            return;
        }

        _queue = [];
        _threads = [.. Enumerable.Range(1, workers).Select(n => new Thread(Work) { IsBackground = true, Name = $"i2s-convert-{n}" })];
        foreach (var thread in _threads)
        {
            thread.Start();
        }
    }

    /// <summary>Runs <paramref name="work"/> on a worker, or right now on the calling thread with one worker.</summary>
    public void Post(Action work)
    {
        if (_queue is null)
        {
            Run(work);
        }
        else
        {
            _queue.Add(work);
        }
    }

    /// <summary>Waits until every posted work has run, then rethrows the first exception one of them let escape.</summary>
    public void Complete()
    {
        _queue?.CompleteAdding();
        foreach (var thread in _threads)
        {
            thread.Join();
        }

        _failure?.Throw();
    }

    public void Dispose()
    {
        _queue?.CompleteAdding();
        foreach (var thread in _threads)
        {
            thread.Join();
        }

        _queue?.Dispose();
    }

    private void Work()
    {
        foreach (var work in _queue!.GetConsumingEnumerable())
        {
            Run(work);
        }
    }

    private void Run(Action work)
    {
        try
        {
            work();
        }
        catch (Exception error)
        {
            Interlocked.CompareExchange(ref _failure, ExceptionDispatchInfo.Capture(error), null);
        }
    }
}
