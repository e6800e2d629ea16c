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

    private static string Reason(Exception error) => error switch
    {
        FileNotFoundException or DirectoryNotFoundException => "no such file",
        UnauthorizedAccessException => "permission denied",
        _ => error.Message,
    };
}
