using Informatica2Spark.Cli;

namespace Informatica2Spark.Cli.ThreadProbe;

/// <summary>
/// <c>dotnet Informatica2Spark.Cli.ThreadProbe.dll ARGS...</c> runs <c>i2s ARGS...</c> in this process while a dedicated
/// (non-pool) thread samples <see cref="ThreadPool.ThreadCount"/> every millisecond; the command's output goes to
/// stdout and stderr as usual, then the last line of stderr is <c>thread-pool peak: N</c>. The exit code is the
/// command's.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        var peak = ThreadPool.ThreadCount;
        using var stop = new ManualResetEventSlim();
        var sampler = new Thread(() =>
        {
            while (!stop.Wait(1))
            {
                peak = Math.Max(peak, ThreadPool.ThreadCount);
            }
        }) { IsBackground = true, Name = "thread-pool sampler" };
        sampler.Start();
        int exit;
        try
        {
            exit = CliApplication.Run(args, Console.Out, Console.Error);
        }
        finally
        {
            stop.Set();
            sampler.Join();
        }

        Console.Out.Flush();
        Console.Error.WriteLine($"thread-pool peak: {Math.Max(peak, ThreadPool.ThreadCount)}");
        return exit;
    }
}
