using Informatica2Spark.Testing;

namespace Informatica2Spark.Cli.Tests.Commands;

/// <summary>Runs <c>i2s convert</c> into a fresh directory (temporary unless a parent is named) and reads back what it wrote.</summary>
internal sealed class ConvertOutput : IDisposable
{
    private ConvertOutput(string directory, (int Exit, string Stdout, string Stderr) run)
    {
        Directory = directory;
        (Exit, Stdout, Stderr) = run;
    }

    public string Directory { get; }

    public int Exit { get; }

    public string Stdout { get; }

    public string Stderr { get; }

    public static ConvertOutput Run(params string[] args) => RunIn(Path.GetTempPath(), args);

    /// <summary>Converts into a new temporary directory with test seams.</summary>
    public static ConvertOutput RunWith(CliHooks hooks, params string[] args) => RunIn(Path.GetTempPath(), hooks, args);

    /// <summary>Converts into a new directory under <paramref name="parent"/> (created when missing).</summary>
    public static ConvertOutput RunIn(string parent, params string[] args) => RunIn(parent, CliHooks.None, args);

    private static ConvertOutput RunIn(string parent, CliHooks hooks, string[] args)
    {
        var directory = Path.Combine(parent, "i2s-convert-" + Guid.NewGuid().ToString("N"));
        return new ConvertOutput(directory, CliRunner.Run(hooks, ["convert", .. args, "--out", directory]));
    }

    /// <summary>Every file written, by forward-slash relative path, runtime library excepted (it has its own tests).</summary>
    public IReadOnlyDictionary<string, string> Files(bool includeRuntime = false) =>
        System.IO.Directory.EnumerateFiles(Directory, "*", SearchOption.AllDirectories)
            .Select(f => (Path: Path.GetRelativePath(Directory, f).Replace('\\', '/'), Full: f))
            .Where(f => includeRuntime || !f.Path.StartsWith("_runtime/", StringComparison.Ordinal))
            .OrderBy(f => f.Path, StringComparer.Ordinal)
            .ToDictionary(f => f.Path, f => File.ReadAllText(f.Full), StringComparer.Ordinal);

    /// <summary>The text output with the temporary directory replaced by <c>{out}</c>.</summary>
    public string Scrubbed(string text) => text.Replace(Directory, "{out}", StringComparison.Ordinal);

    public void Dispose()
    {
        if (System.IO.Directory.Exists(Directory))
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
    }
}
