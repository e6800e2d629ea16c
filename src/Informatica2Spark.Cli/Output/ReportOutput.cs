namespace Informatica2Spark.Cli.Output;

/// <summary>Sends a rendered report to stdout, or atomically to the <c>--output</c> file.</summary>
internal static class ReportOutput
{
    public static void Write(string report, FileInfo? output, TextWriter stdout)
    {
        if (output is null)
        {
            stdout.Write(report);
            stdout.Flush();
        }
        else
        {
            AtomicFile.WriteText(output.FullName, report);
        }
    }
}
