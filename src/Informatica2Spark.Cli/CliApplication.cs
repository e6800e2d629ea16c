using System.CommandLine;
using Informatica2Spark.Cli.Commands;
using Informatica2Spark.Cli.Options;

namespace Informatica2Spark.Cli;

/// <summary>Builds the command tree and runs it; the in-process entry point that tests call.</summary>
public static class CliApplication
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr) => Run(args, stdout, stderr, CliHooks.None);

    internal static int Run(string[] args, TextWriter stdout, TextWriter stderr, CliHooks hooks)
    {
        var context = new CliContext(stdout, stderr, hooks);
        var root = BuildRoot(context);
        var parse = root.Parse(args);
        var (workspace, withWorkspace, badWorkspace) = Workspace.WorkspaceArguments.Apply(parse, args, context.WorkingDirectory);
        if (badWorkspace is not null)
        {
            stderr.WriteLine("i2s: " + OneLine(badWorkspace));
            return ExitCodes.Usage;
        }

        context.Workspace = workspace;
        parse = withWorkspace is null ? parse : root.Parse(withWorkspace);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                stderr.WriteLine("i2s: " + OneLine(error.Message));
            }

            if (withWorkspace is not null)
            {
                stderr.WriteLine($"i2s: settings not given on the command line were read from {workspace!.File}");
            }

            stderr.WriteLine("i2s: run 'i2s --help' for usage");
            return ExitCodes.Usage;
        }

        try
        {
            return parse.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (Output.OutputRefusedException refused)
        {
            stderr.WriteLine("i2s: " + OneLine(refused.Message));
            return ExitCodes.Usage;
        }
        catch (Exception error)
        {
            stderr.WriteLine($"i2s: internal error: {error.Message} (this is a bug; rerun with --verbosity diagnostic for details)");
            if (parse.GetValue(CommonOptions.Verbosity) == Verbosity.Diagnostic)
            {
                stderr.WriteLine(error.ToString());
            }

            return ExitCodes.InternalError;
        }
    }

    private static string OneLine(string message) =>
        string.Join(' ', message.Split(['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    private static RootCommand BuildRoot(CliContext context)
    {
        var root = new RootCommand("i2s: Informatica PowerCenter exports to Apache Spark jobs. Converts, validates and lists exports.")
        {
            CommonOptions.Verbosity,
            CommonOptions.LogFile,
        };

        // One line per command.
        root.Subcommands.Add(ConvertCommand.Create(context));
        root.Subcommands.Add(AssessCommand.Create(context));
        root.Subcommands.Add(ValidateCommand.Create(context));
        root.Subcommands.Add(ListCommand.Create(context));
        root.Subcommands.Add(ParamsCommand.Create(context));
        root.Subcommands.Add(ConnectionsCommand.Create(context));
        root.Subcommands.Add(StateCommand.Create(context));
        root.Subcommands.Add(TranslateExpressionCommand.Create(context));
        root.Subcommands.Add(FunctionsCommand.Create(context));
        root.Subcommands.Add(InitCommand.Create(context));
        root.Subcommands.Add(StatusCommand.Create(context));
        return root;
    }
}
