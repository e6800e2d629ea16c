namespace Informatica2Spark.Cli.Output;

/// <summary>Sends a rendered report to stdout, or atomically to the <c>--output</c> file.</summary>
internal static class ReportOutput
{
    /// <exception cref="OutputRefusedException">The file cannot be written (a directory, a missing permission, a read-only place).</exception>
    public static void Write(string report, FileInfo? output, TextWriter stdout)
    {
        if (output is null)
        {
            stdout.Write(report);
            stdout.Flush();
            return;
        }

        if (Directory.Exists(output.FullName))
        {
            throw new OutputRefusedException($"--output {output}: is a directory; give a file name");
        }

        try
        {
            AtomicFile.WriteText(output.FullName, report);
        }
        catch (DirectoryNotFoundException)
        {
            throw new OutputRefusedException(MissingDirectory(output));
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            var reason = error is UnauthorizedAccessException ? "permission denied" : "the file system refused the write";
            throw new OutputRefusedException($"--output {output}: cannot write the report ({reason}); nothing was written");
        }
    }

    /// <summary>The usage error for an <c>--output</c> file whose directory does not exist, naming the directory as given.</summary>
    public static string MissingDirectory(FileInfo output) =>
        $"--output {output}: the directory {DirectoryAsGiven(output)} does not exist; create it first (i2s creates no directories for a report)";

    private static string DirectoryAsGiven(FileInfo output) =>
        Path.GetDirectoryName(output.ToString()) is { Length: > 0 } given ? given : output.DirectoryName ?? ".";
}
