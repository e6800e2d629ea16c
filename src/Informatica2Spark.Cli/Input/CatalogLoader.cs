using Informatica2Spark.Core.Connections;
using Informatica2Spark.Core.Diagnostics;

namespace Informatica2Spark.Cli.Input;

/// <summary>Reads a connection catalog file and selects its environment (<c>--env</c>, then <c>I2S_ENV</c>, then the default).</summary>
internal static class CatalogLoader
{
    public static (CatalogEnvironment? Environment, IReadOnlyList<Diagnostic> Diagnostics) Load(FileInfo file, string? requested, InputRoot? root = null)
    {
        var (catalog, diagnostics) = Read(file, root);
        if (catalog is null)
        {
            return (null, diagnostics);
        }

        var (environment, problem) = Select(catalog, requested);
        return (environment, problem is null ? diagnostics : [.. diagnostics, problem]);
    }

    /// <summary>The catalog, or null when the file cannot be read or is not a catalog at all (not YAML, not a mapping); findings name it relative to <paramref name="root"/>, else as typed.</summary>
    public static (ConnectionCatalog? Catalog, IReadOnlyList<Diagnostic> Diagnostics) Read(FileInfo file, InputRoot? root = null)
    {
        var display = root?.Display(file.ToString()) ?? file.ToString().Replace('\\', '/');
        try
        {
            return ConnectionCatalogLoader.Load(File.ReadAllText(file.FullName), display);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return (null, [DiagnosticCodes.FileUnreadable.Create($"cannot read the connection catalog: {error.Message}", new SourceLocation(display))]);
        }
    }

    public static (CatalogEnvironment? Environment, Diagnostic? Problem) Select(ConnectionCatalog catalog, string? requested) =>
        catalog.Select(requested, Environment.GetEnvironmentVariable("I2S_ENV") is { Length: > 0 } e ? e : null);
}
