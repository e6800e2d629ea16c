using Informatica2Spark.Core.Diagnostics;
using Informatica2Spark.Core.Parsing;

namespace Informatica2Spark.Core.Inputs;

/// <summary>Opens an input through its caller-supplied opener and reads it, turning open failures into I2S0001.</summary>
public static class InputOpener
{
    public static ExportReadOutcome? Read(ExportInput input, Func<Stream, ExportReadOutcome> read, DiagnosticBag diagnostics)
    {
        Stream stream;
        try
        {
            stream = input.Open();
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(DiagnosticCodes.FileUnreadable, $"cannot open the file: {Reason(error)}", new SourceLocation(input.DisplayPath));
            return null;
        }

        using (stream)
        {
            var outcome = read(stream);
            diagnostics.AddRange(outcome.Diagnostics);
            return outcome;
        }
    }

    /// <summary>
    /// Why a file could not be opened, in plain words and without its path (.NET's messages name the absolute path,
    /// which outputs never hold): no such file, permission denied, or the file system refused the read.
    /// </summary>
    public static string Reason(Exception error) => error switch
    {
        FileNotFoundException or DirectoryNotFoundException => "no such file",
        UnauthorizedAccessException => "permission denied",
        _ => "the file system refused the read",
    };
}
