using System.CommandLine;
using System.CommandLine.Parsing;

namespace Informatica2Spark.Cli.Workspace;

/// <summary>
/// Applies a workspace's <c>i2s.yaml</c> to a command line: every setting whose option the invoked command has and the
/// command line does not give is appended as that option (the exports as the paths, when none is given), and
/// <c>--root</c> becomes the workspace directory, so inputs are recorded relative to it wherever i2s runs from. Paths
/// are passed relative to the process's current directory. <c>init</c> reads no settings (it writes them).
/// </summary>
internal static class WorkspaceArguments
{
    /// <summary>The commands that never read <c>i2s.yaml</c>.</summary>
    private static readonly HashSet<string> Exempt = new(StringComparer.Ordinal) { "init" };

    /// <summary>Help is shown without reading settings, even from a workspace whose <c>i2s.yaml</c> is broken.</summary>
    private static readonly HashSet<string> HelpTokens = new(StringComparer.Ordinal) { "--help", "-h", "-?", "/?", "/h" };

    /// <summary>
    /// The settings found at or above <paramref name="directory"/> and the arguments with them applied (null when
    /// nothing was added), or the one-line problem of a bad <c>i2s.yaml</c> (<c>file:line:column: ...</c>).
    /// </summary>
    public static (WorkspaceSettings? Settings, string[]? Arguments, string? Problem) Apply(ParseResult parse, string[] args, string directory)
    {
        var command = parse.CommandResult.Command;
        if (command is RootCommand || Exempt.Contains(command.Name) || args.Any(HelpTokens.Contains) || WorkspaceSettings.Find(directory) is not { } file)
        {
            return (null, null, null);
        }

        var (settings, problem) = WorkspaceSettings.Load(file);
        if (settings is null)
        {
            return (null, null, problem);
        }

        var added = new List<string>();
        foreach (var (name, values) in Options(settings))
        {
            var option = command.Options.FirstOrDefault(o => o.Name == name || o.Aliases.Contains(name));
            if (option is not null && values.Count > 0 && parse.GetResult(option) is null or { Implicit: true })
            {
                foreach (var value in values)
                {
                    added.Add(name);
                    added.Add(value);
                }
            }
        }

        if (command.Arguments.FirstOrDefault(a => a.Name == "paths") is { } paths && parse.GetResult(paths) is null or { Tokens.Count: 0 })
        {
            added.AddRange(settings.Exports.Select(Relative));
        }

        if (added.Count == 0)
        {
            return (settings, null, null);
        }

        // Before a "--" that ends the options, if any.
        var end = Array.IndexOf(args, "--");
        return (settings, end < 0 ? [.. args, .. added] : [.. args[..end], .. added, .. args[end..]], null);
    }

    /// <summary>Each setting as the option it stands for and the values to pass, in option order.</summary>
    private static IEnumerable<(string Option, IReadOnlyList<string> Values)> Options(WorkspaceSettings settings)
    {
        static IReadOnlyList<string> One(string? value) => value is null ? [] : [value];
        yield return ("--root", [Relative(settings.Directory)]);
        yield return ("--out", One(settings.Out is null ? null : Relative(settings.Out)));
        yield return ("--env", One(settings.Env));
        yield return ("--connections", One(settings.Connections is null ? null : Relative(settings.Connections)));
        yield return ("--param-dir", One(settings.ParamDir is null ? null : Relative(settings.ParamDir)));
        yield return ("--param-file", [.. settings.ParamFiles.Select(Relative)]);
        yield return ("--cluster", One(settings.Cluster is { } cluster && Path.IsPathFullyQualified(cluster) ? Relative(cluster) : settings.Cluster));
        yield return ("--spark-version", One(settings.SparkVersion));
        yield return ("--orchestrator", One(settings.Orchestrator));
        yield return ("--templates", One(settings.Templates is null ? null : Relative(settings.Templates)));
        yield return ("--unsupported", One(settings.Unsupported));
        yield return ("--max-parallel", One(settings.MaxParallel?.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        yield return ("--state-store", One(settings.State.Store));
        yield return ("--state-location", One(settings.State.Store switch
        {
            "sqlite" => Relative(settings.State.Path ?? Path.Combine(settings.Directory, WorkspaceLayout.StateFile)),
            "postgres" => settings.State.Connection,
            _ => null,
        }));
    }

    /// <summary>A full path as the command line passes it: relative to the current directory, with <c>/</c>.</summary>
    private static string Relative(string path) => Path.GetRelativePath(Environment.CurrentDirectory, path).Replace('\\', '/') switch
    {
        // A relative path that starts like an option would be taken for one.
        var relative when relative.StartsWith('-') => "./" + relative,
        var relative => relative,
    };
}
