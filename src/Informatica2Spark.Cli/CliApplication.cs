namespace Informatica2Spark.Cli;

/// <summary>Builds the command tree and runs it; the in-process entry point that tests call.</summary>
public static class CliApplication
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(args);
        stderr.WriteLine("i2s: no commands yet");
        return 2;
    }
}
