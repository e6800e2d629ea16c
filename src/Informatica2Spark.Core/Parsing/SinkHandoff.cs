using System.Runtime.ExceptionServices;

namespace Informatica2Spark.Core.Parsing;

/// <summary>
/// The bounded, ordered hand-off between the thread that reads an export's XML and the thread that builds its typed
/// objects and calls the sink: the reader posts each sink call (at most <c>capacity</c> waiting), the builder runs them in
/// the order posted. The reader's failure is rethrown on the builder's thread after every call posted before it has run;
/// a failure of the builder cancels the reader at its next post.
/// </summary>
internal sealed class SinkHandoff(int capacity)
{
    private readonly Queue<Action<IExportSink>> _calls = new();
    private readonly object _gate = new();
    private bool _completed;
    private bool _cancelled;
    private ExceptionDispatchInfo? _failure;

    /// <summary>Queues one sink call, waiting while <c>capacity</c> calls wait; throws <see cref="OperationCanceledException"/> once the builder has stopped.</summary>
    public void Post(Action<IExportSink> call)
    {
        lock (_gate)
        {
            while (_calls.Count >= capacity && !_cancelled)
            {
                Monitor.Wait(_gate);
            }

            if (_cancelled)
            {
                throw new OperationCanceledException("the export's consumer stopped");
            }

            _calls.Enqueue(call);
            Monitor.PulseAll(_gate);
        }
    }

    /// <summary>Marks the end of the reader's calls, with the failure that ended it, if any.</summary>
    public void Complete(Exception? failure)
    {
        lock (_gate)
        {
            _completed = true;
            _failure = failure is null ? null : ExceptionDispatchInfo.Capture(failure);
            Monitor.PulseAll(_gate);
        }
    }

    /// <summary>Stops the reader at its next post (the builder failed).</summary>
    public void Cancel()
    {
        lock (_gate)
        {
            _cancelled = true;
            _calls.Clear();
            Monitor.PulseAll(_gate);
        }
    }

    /// <summary>Runs every posted call on <paramref name="sink"/> in order until the reader completes; rethrows the reader's failure.</summary>
    public void Drain(IExportSink sink)
    {
        while (true)
        {
            Action<IExportSink> call;
            lock (_gate)
            {
                while (_calls.Count == 0 && !_completed)
                {
                    Monitor.Wait(_gate);
                }

                if (_calls.Count == 0)
                {
                    break;
                }

                call = _calls.Dequeue();
                Monitor.PulseAll(_gate);
            }

            call(sink);
        }

        _failure?.Throw();
    }
}
