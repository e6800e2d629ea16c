using System.CommandLine;
using Informatica2Spark.Core.Diagnostics;

namespace Informatica2Spark.Cli.Options;

/// <summary>How much i2s logs to stderr.</summary>
public enum Verbosity
{
    Quiet,
    Normal,
    Detailed,
    Diagnostic,
}

/// <summary>Which findings fail a run (exit code 1).</summary>
public enum FailOn
{
    Error,
    Warning,
    Never,
}

/// <summary>The options every command shares, defined once.</summary>
internal static class CommonOptions
{
    public static Option<Verbosity> Verbosity { get; } = new("--verbosity", "-v")
    {
        Description = "How much to log to stderr: quiet, normal, detailed or diagnostic.",
        DefaultValueFactory = _ => Options.Verbosity.Normal,
        HelpName = "quiet|normal|detailed|diagnostic",
        Recursive = true,
        CustomParser = result => Enum.TryParse<Verbosity>(result.Tokens.Single().Value, ignoreCase: true, out var value)
            ? value
            : Fail<Verbosity>(result, "--verbosity must be quiet, normal, detailed or diagnostic"),
    };

    public static Option<FileInfo?> LogFile { get; } = new Option<FileInfo?>("--log-file")
    {
        Description = "Also write the log to this file.",
        Recursive = true,
    }.IsPath();

    public static Argument<string[]> Paths(string description)
    {
        var argument = new Argument<string[]>("paths")
        {
            Description = description,
            Arity = ArgumentArity.OneOrMore,
        }.IsPath();

        // An unknown option would otherwise be taken for a path; a file named like an option is passed as ./-name.
        argument.Validators.Add(result =>
        {
            foreach (var token in result.Tokens.Where(t => t.Value.StartsWith('-')))
            {
                result.AddError($"unrecognized option '{token.Value}'");
            }
        });
        return argument;
    }

    public static Option<string> Format(params string[] formats)
    {
        var option = new Option<string>("--format", "-f")
        {
            Description = "Output format: " + string.Join(", ", formats) + ".",
            DefaultValueFactory = _ => formats[0],
        };
        option.AcceptOnlyFromAmong(formats);
        return option;
    }

    /// <summary>
    /// <c>--max-parallel N</c>: how many sessions convert at once (default: the number of processors; 1 converts
    /// everything on the calling thread). Must be at least 1.
    /// </summary>
    public static Option<int> MaxParallel()
    {
        var option = new Option<int>("--max-parallel")
        {
            Description = "How many sessions convert at once, over all the exports given (default: the number of processors; 1 converts on one thread). The output is the same for every value.",
            DefaultValueFactory = _ => Environment.ProcessorCount,
            HelpName = "N",
        };
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1)
            {
                result.AddError("--max-parallel must be at least 1");
            }
        });
        return option;
    }

    /// <summary><c>--root DIR</c>: what inputs are recorded relative to (see <see cref="Input.InputRoot"/>).</summary>
    public static Option<string?> Root() => new Option<string?>("--root")
    {
        Description = "Record inputs relative to this directory (default: the workspace holding the exports, a directory with .git, else the deepest directory holding all inputs).",
    }.IsPath();

    /// <summary>
    /// <c>--output FILE</c>: where the report is written instead of stdout. Its directory must exist (a missing one is a
    /// usage error, never created), so a typo never scatters directories over the file system.
    /// </summary>
    public static Option<FileInfo?> Output()
    {
        var option = new Option<FileInfo?>("--output", "-o")
        {
            Description = "Write the report to this file (atomically) instead of stdout; its directory must exist.",
        }.IsPath();
        option.Validators.Add(result =>
        {
            if (!PathValues.AnyEmpty(result.Tokens) && result.GetValueOrDefault<FileInfo?>() is { Directory.Exists: false } file)
            {
                result.AddError(Cli.Output.ReportOutput.MissingDirectory(file));
            }
        });
        return option;
    }

    public static Option<FailOn> FailOn() => new("--fail-on")
    {
        Description = "Exit with code 1 when a finding is at or above this severity: error, warning or never.",
        DefaultValueFactory = _ => Options.FailOn.Error,
        HelpName = "error|warning|never",
        CustomParser = result => Enum.TryParse<FailOn>(result.Tokens.Single().Value, ignoreCase: true, out var value)
            ? value
            : Fail<FailOn>(result, "--fail-on must be error, warning or never"),
    };

    /// <summary>The lowest severity that fails a run, or null for <see cref="Options.FailOn.Never"/>.</summary>
    public static Severity? Threshold(this FailOn failOn) => failOn switch
    {
        Options.FailOn.Error => Severity.Error,
        Options.FailOn.Warning => Severity.Warning,
        _ => null,
    };

    private static T Fail<T>(System.CommandLine.Parsing.ArgumentResult result, string message)
    {
        result.AddError(message);
        return default!;
    }
}
