using Informatica2Spark.Core.Connections;
using Informatica2Spark.Core.Diagnostics;

namespace Informatica2Spark.Cli.Input;

/// <summary>Reads a connection catalog file and selects its environment (<c>--env</c>, then <c>I2S_ENV</c>, then the default).</summary>
internal static class CatalogLoader
{
    public static (CatalogEnvironment? Environment, IReadOnlyList<Diagnostic> Diagnostics) Load(FileInfo file, string? requested)
    {
        var display = file.ToString().Replace('\\', '/');
        string text;
        try
        {
            text = File.ReadAllText(file.FullName);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return (null, [DiagnosticCodes.FileUnreadable.Create($"cannot read the connection catalog: {error.Message}", new SourceLocation(display))]);
        }

        var (catalog, diagnostics) = ConnectionCatalogLoader.Load(text, display);
        if (catalog is null)
        {
            return (null, diagnostics);
        }

        var (environment, problem) = catalog.Select(requested, Environment.GetEnvironmentVariable("I2S_ENV") is { Length: > 0 } e ? e : null);
        return (environment, problem is null ? diagnostics : [.. diagnostics, problem]);
    }
}
