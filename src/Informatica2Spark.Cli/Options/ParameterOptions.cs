using System.CommandLine;
using Informatica2Spark.Core.Parameters;

namespace Informatica2Spark.Cli.Options;

/// <summary>The parameter options <c>params</c>, <c>validate</c> and later commands share.</summary>
internal sealed class ParameterOptions
{
    public Option<string[]> Files { get; } = new Option<string[]>("--param-file")
    {
        Description = "The parameter file of the run, replacing the files sessions and workflows name; repeat to read several as one file in the order given (a later line wins).",
        Arity = ArgumentArity.ZeroOrMore,
        AllowMultipleArgumentsPerToken = false,
    }.IsPath();

    public Option<DirectoryInfo?> Directory { get; } = new Option<DirectoryInfo?>("--param-dir")
    {
        Description = "Where to find the parameter files that sessions and workflows name in their Parameter Filename.",
    }.IsPath();

    public Option<string?> Encoding { get; } = new("--param-encoding")
    {
        Description = "The code page parameter files are written in (utf-8, windows-1252, MS1252, Latin1...); default: the export's repository code page.",
    };

    public Option<string[]> Values { get; } = new("--param")
    {
        Description = "NAME=VALUE, highest precedence; repeat for several.",
        Arity = ArgumentArity.ZeroOrMore,
    };

    public ParameterOptions()
    {
        Values.Validators.Add(result =>
        {
            foreach (var token in result.Tokens.Where(t => t.Value.IndexOf('=', StringComparison.Ordinal) <= 0))
            {
                result.AddError($"--param takes NAME=VALUE, not '{token.Value}'");
            }
        });
        Encoding.Validators.Add(result =>
        {
            if (result.Tokens.Count > 0 && ParameterFileText.EncodingOf(result.Tokens[0].Value) is null)
            {
                result.AddError($"--param-encoding: '{result.Tokens[0].Value}' is not a code page i2s knows (utf-8, windows-1252, MS1252, Latin1, ISO-8859-15, UTF-16LE...)");
            }
        });
    }

    public void AddTo(Command command)
    {
        command.Options.Add(Files);
        command.Options.Add(Directory);
        command.Options.Add(Encoding);
        command.Options.Add(Values);
    }

    public ParameterSettings Read(ParseResult parse) => new(
        parse.GetValue(Files) ?? [],
        parse.GetValue(Directory),
        (parse.GetValue(Values) ?? []).Select(v => (v[..v.IndexOf('=', StringComparison.Ordinal)].Trim(), v[(v.IndexOf('=', StringComparison.Ordinal) + 1)..])).ToList())
    {
        Encoding = parse.GetValue(Encoding),
    };
}

/// <summary>The parameter options as given.</summary>
internal sealed record ParameterSettings(IReadOnlyList<string> Files, DirectoryInfo? Directory, IReadOnlyList<(string Name, string Value)> Values)
{
    /// <summary>The code page named with <c>--param-encoding</c>, or null for the export's repository code page.</summary>
    public string? Encoding { get; init; }

    /// <summary>What parameter files are recorded relative to (<see cref="InputRoot"/>); null: as typed.</summary>
    public Input.InputRoot? Root { get; init; }

    /// <summary>
    /// Whether the <c>I2S_PARAM_</c> variables of this machine are a layer: for <c>params</c> and <c>validate</c>, not for
    /// <c>convert</c>, whose drivers read them when they run (values of the converting machine are never frozen into output).
    /// </summary>
    public bool ReadsEnvironment { get; init; } = true;

    public bool Any => Files.Count > 0 || Directory is not null || Values.Count > 0;
}
