using System.Text;

namespace Informatica2Spark.Cli;

public static class Program
{
    /// <summary>
    /// Runs the command line. Standard output that is redirected (a file, a pipe, a CI log) is written through a 64 KiB
    /// buffer, flushed when the command ends: the console's own writer flushes every 256 characters, which is thousands
    /// of system calls for a report of a large estate. A terminal keeps the console's writer.
    /// </summary>
    public static int Main(string[] args)
    {
        if (!Console.IsOutputRedirected)
        {
            return CliApplication.Run(args, Console.Out, Console.Error);
        }

        var encoding = Console.OutputEncoding is UTF8Encoding ? new UTF8Encoding(false) : Console.OutputEncoding;
        using var stdout = new StreamWriter(Console.OpenStandardOutput(), encoding, 1 << 16) { AutoFlush = false };
        try
        {
            return CliApplication.Run(args, stdout, Console.Error);
        }
        finally
        {
            stdout.Flush();
        }
    }
}
