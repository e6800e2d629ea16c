using Informatica2Spark.Testing;

namespace Informatica2Spark.Cli.Tests;

/// <summary>Runs the CLI in-process from the repository root, so paths in outputs are the relative ones typed.</summary>
internal static class CliRunner
{
    static CliRunner() => Environment.CurrentDirectory = RepositoryPaths.Root;

    public static (int Exit, string Stdout, string Stderr) Run(params string[] args) => Run(CliHooks.None, args);

    public static (int Exit, string Stdout, string Stderr) Run(CliHooks hooks, params string[] args)
    {
        using var stdout = new StringWriter { NewLine = "\n" };
        using var stderr = new StringWriter { NewLine = "\n" };
        var exit = CliApplication.Run(args, stdout, stderr, hooks);
        return (exit, stdout.ToString(), stderr.ToString());
    }
}
