using System.CommandLine;
using Informatica2Spark.Cli.Options;
using Informatica2Spark.Cli.Workspace;
using Informatica2Spark.Core.Emit.Templates;
using Informatica2Spark.Runtime;

namespace Informatica2Spark.Cli.Commands;

/// <summary>
/// <c>i2s init [DIR] [--force]</c>: makes DIR (default: the current directory) a migration workspace
/// (docs/workspace.md): <c>i2s.yaml</c> with every setting at its default, <c>exports/</c>, <c>params/</c>, an example
/// <c>connections.yaml</c>, <c>templates/</c> holding the built-in templates to override, <c>state/</c> with the
/// embedded SQLite run-state store (as <c>i2s state init --store sqlite</c> creates it) and <c>out/</c>. Files that
/// exist are kept; an existing <c>i2s.yaml</c> is replaced only with <c>--force</c>. Exit codes: 0 created, 2 an
/// <c>i2s.yaml</c> exists (without <c>--force</c>) or DIR cannot be written, 4 the state store cannot be created.
/// </summary>
internal static class InitCommand
{
    public static Command Create(CliContext context)
    {
        var directory = new Argument<string?>("dir") { Description = "The workspace directory, created when missing (default: the current directory).", Arity = ArgumentArity.ZeroOrOne }.IsPath();
        var force = new Option<bool>("--force") { Description = "Replace an existing i2s.yaml with the defaults." };
        var command = new Command("init", "Create a migration workspace: i2s.yaml, exports/, params/, connections.yaml, templates/, state/ and out/.") { directory, force };
        command.SetAction(parse =>
        {
            context.Enter("init");
            var target = Path.GetFullPath(Path.Combine(context.WorkingDirectory, parse.GetValue(directory) ?? "."));
            return Run(target, parse.GetValue(force), context);
        });
        return command;
    }

    private static int Run(string directory, bool force, CliContext context)
    {
        if (File.Exists(directory))
        {
            context.Stderr.WriteLine($"i2s: {directory} is a file; init needs a directory (existing or new) for the workspace");
            return ExitCodes.Usage;
        }

        var settings = Path.Combine(directory, WorkspaceSettings.FileName);
        if (File.Exists(settings) && !force)
        {
            context.Stderr.WriteLine($"i2s: {settings} exists; nothing was changed (use --force to replace it with the defaults)");
            return ExitCodes.Usage;
        }

        try
        {
            foreach (var name in WorkspaceLayout.Directories)
            {
                Directory.CreateDirectory(Path.Combine(directory, name));
            }

            Output.AtomicFile.WriteText(settings, WorkspaceLayout.Settings);
            WriteNew(Path.Combine(directory, WorkspaceLayout.Connections), WorkspaceLayout.ConnectionsExample);
            foreach (var name in TemplateSet.EmbeddedNames)
            {
                WriteNew(Path.Combine(directory, WorkspaceLayout.Templates, name), TemplateSet.Embedded(name));
            }
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            context.Stderr.WriteLine($"i2s: {directory}: cannot create the workspace ({error.Message})");
            return ExitCodes.Usage;
        }

        var store = Path.Combine(directory, WorkspaceLayout.StateFile);
        var created = StateCommand.Create(() => new SqliteStore(store), $"sqlite store {WorkspaceLayout.StateFile}", TextWriter.Null, context.Stderr);
        if (created != 0)
        {
            return created;
        }

        context.Stdout.WriteLine($"i2s: workspace ready in {directory}: {WorkspaceSettings.FileName}, {WorkspaceLayout.Connections}, {string.Join(", ", WorkspaceLayout.Directories.Select(d => d + "/"))}");
        context.Stdout.WriteLine($"i2s: put the exports in {WorkspaceLayout.Exports}/ and run 'i2s convert', then 'i2s status'");
        return ExitCodes.Success;
    }

    /// <summary>Writes a file the workspace does not have yet (with its directory); one that exists is the user's and is kept.</summary>
    private static void WriteNew(string path, string text)
    {
        if (!File.Exists(path))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            Output.AtomicFile.WriteText(path, text);
        }
    }
}
