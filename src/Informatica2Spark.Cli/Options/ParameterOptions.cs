using System.CommandLine;

namespace Informatica2Spark.Cli.Options;

/// <summary>The parameter options <c>params</c>, <c>validate</c> and later commands share.</summary>
internal sealed class ParameterOptions
{
    public Option<string[]> Files { get; } = new("--param-file")
    {
        Description = "A parameter file; repeat for several (a later file wins at equal scope).",
        Arity = ArgumentArity.ZeroOrMore,
        AllowMultipleArgumentsPerToken = false,
    };

    public Option<DirectoryInfo?> Directory { get; } = new("--param-dir")
    {
        Description = "Where to find the parameter files that sessions and workflows name in their Parameter Filename.",
    };

    public Option<string[]> Values { get; } = new("--param")
    {
        Description = "NAME=VALUE, highest precedence; repeat for several.",
        Arity = ArgumentArity.ZeroOrMore,
    };

    public ParameterOptions() =>
        Values.Validators.Add(result =>
        {
            foreach (var token in result.Tokens.Where(t => t.Value.IndexOf('=', StringComparison.Ordinal) <= 0))
            {
                result.AddError($"--param takes NAME=VALUE, not '{token.Value}'");
            }
        });

    public void AddTo(Command command)
    {
        command.Options.Add(Files);
        command.Options.Add(Directory);
        command.Options.Add(Values);
    }

    public ParameterSettings Read(ParseResult parse) => new(
        parse.GetValue(Files) ?? [],
        parse.GetValue(Directory),
        (parse.GetValue(Values) ?? []).Select(v => (v[..v.IndexOf('=', StringComparison.Ordinal)].Trim(), v[(v.IndexOf('=', StringComparison.Ordinal) + 1)..])).ToList());
}

/// <summary>The parameter options as given.</summary>
internal sealed record ParameterSettings(IReadOnlyList<string> Files, DirectoryInfo? Directory, IReadOnlyList<(string Name, string Value)> Values)
{
    public bool Any => Files.Count > 0 || Directory is not null || Values.Count > 0;
}
