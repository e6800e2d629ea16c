using System.CommandLine;
using Informatica2Spark.Cli.Logging;
using Informatica2Spark.Cli.Options;
using Serilog.Core;

namespace Informatica2Spark.Cli;

/// <summary>What every command handler gets: the output writers, the logger factory and test seams.</summary>
internal sealed class CliContext(TextWriter stdout, TextWriter stderr, CliHooks hooks)
{
    public TextWriter Stdout { get; } = stdout;

    public TextWriter Stderr { get; } = stderr;

    /// <summary>The workspace settings (<c>i2s.yaml</c>) found at or above the working directory, or null outside a workspace.</summary>
    public Workspace.WorkspaceSettings? Workspace { get; set; }

    /// <summary>Where <c>i2s.yaml</c> is looked for and <c>init</c> creates a workspace by default: the current directory unless a test sets it.</summary>
    public string WorkingDirectory => hooks.WorkingDirectory ?? Environment.CurrentDirectory;

    /// <summary>
    /// Whether stdout and stderr are a terminal outside CI (<c>CI</c> unset), so progress can be drawn; never for writers
    /// other than the console's (in-process tests).
    /// </summary>
    public bool IsInteractive => !Console.IsOutputRedirected && !Console.IsErrorRedirected
        && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")) && ReferenceEquals(Stdout, Console.Out);

    public Logger CreateLogger(ParseResult parse) =>
        CliLogging.Create(parse.GetValue(CommonOptions.Verbosity), parse.GetValue(CommonOptions.LogFile), Stderr);

    /// <summary>Writes each diagnostic saying an input could not be read to stderr; true when there was any.</summary>
    public bool ReportUnreadable(IEnumerable<Core.Diagnostics.Diagnostic> diagnostics)
    {
        var unreadable = diagnostics.Where(Core.Diagnostics.DiagnosticExtensions.IsUnreadableInput).ToList();
        unreadable.ForEach(d => Stderr.WriteLine(d.ToString()));
        return unreadable.Count > 0;
    }

    /// <summary>Called at the start of every handler with the command's name; tests use it to simulate a bug.</summary>
    public void Enter(string command) => hooks.BeforeCommand?.Invoke(command);

    /// <summary>What <c>convert</c> calls before each session (its object path); tests use it to simulate a bug in one session.</summary>
    public Action<Core.Sessions.SessionOccurrence>? BeforeSession =>
        hooks.BeforeSession is { } before ? occurrence => before(occurrence.ObjectPath) : null;
}

/// <summary>Seams for in-process tests; production runs use <see cref="None"/>.</summary>
internal sealed record CliHooks(Action<string>? BeforeCommand = null, Action<string>? BeforeSession = null)
{
    /// <summary>The directory to look for <c>i2s.yaml</c> from, in place of the current directory.</summary>
    public string? WorkingDirectory { get; init; }

    public static CliHooks None { get; } = new();
}
