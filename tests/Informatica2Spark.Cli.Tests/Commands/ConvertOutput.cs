using Informatica2Spark.Testing;

namespace Informatica2Spark.Cli.Tests.Commands;

/// <summary>Runs <c>i2s convert</c> (or <c>assess</c>) into a fresh directory (temporary unless a parent is named) and reads back what it wrote.</summary>
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

    /// <summary>Runs <c>i2s assess</c> into a new temporary directory.</summary>
    public static ConvertOutput Assess(params string[] args) => RunIn(Path.GetTempPath(), CliHooks.None, args, "assess");

    private static ConvertOutput RunIn(string parent, CliHooks hooks, string[] args, string command = "convert")
    {
        var directory = Path.Combine(parent, $"i2s-{command}-" + Guid.NewGuid().ToString("N"));
        return new ConvertOutput(directory, CliRunner.Run(hooks, [command, .. args, "--out", directory]));
    }

    /// <summary>The full path of a file written, by its relative path.</summary>
    public string PathOf(string relativePath) => Path.Combine(Directory, relativePath);

    /// <summary>The text of a file written, by its relative path.</summary>
    public string Text(string relativePath) => File.ReadAllText(PathOf(relativePath));

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
