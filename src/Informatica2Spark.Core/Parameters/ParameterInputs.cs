namespace Informatica2Spark.Core.Parameters;

/// <summary>
/// The parameter sources a run was given: parameter files in precedence order (later wins at equal scope),
/// <c>--param</c> values, the environment, and the files found for sessions' and workflows' own
/// <c>Parameter Filename</c> attributes (see <see cref="ParameterFileNames"/>).
/// </summary>
public sealed record ParameterInputs
{
    public IReadOnlyList<ParameterFile> Files { get; init; } = [];

    public IReadOnlyList<CliParameter> Cli { get; init; } = [];

    public IReadOnlyDictionary<string, string> Environment { get; init; } = new Dictionary<string, string>();

    /// <summary>
    /// Whether <see cref="Environment"/> is a layer of this run: true for <c>params</c> and <c>validate</c>; false for
    /// <c>convert</c>, whose drivers read <c>I2S_PARAM_</c> variables when they run, so a missing value is not asked
    /// for as a variable of the converting machine.
    /// </summary>
    public bool ReadsEnvironment { get; init; } = true;

    /// <summary>Parameter files by the <c>Parameter Filename</c> value that named them, found under <c>--param-dir</c>.</summary>
    public IReadOnlyDictionary<string, ParameterFile> OwnFiles { get; init; } = new Dictionary<string, ParameterFile>();

    public bool Any => Files.Count > 0 || Cli.Count > 0 || OwnFiles.Count > 0
        || Environment.Keys.Any(k => ParameterEnvironment.ParameterName(k) is not null);
}

/// <summary>How a session's or workflow's <c>Parameter Filename</c> is looked for under a parameter directory.</summary>
public static class ParameterFileNames
{
    /// <summary>
    /// Relative paths to try, most specific first: the value with any leading <c>$PM...</c> directory variable or
    /// absolute prefix removed, then its bare file name. <c>$PMSourceFileDir\sales.prm</c> gives <c>sales.prm</c>;
    /// <c>C:/Informatica/infa_shared/SrcFiles/p.txt</c> gives <c>C:/Informatica/infa_shared/SrcFiles/p.txt</c>'s
    /// relative form and <c>p.txt</c>.
    /// </summary>
    public static IReadOnlyList<string> Candidates(string attributeValue)
    {
        var value = attributeValue.Trim().Replace('\\', '/');
        if (value.Length == 0)
        {
            return [];
        }

        if (value.StartsWith('$'))
        {
            var slash = value.IndexOf('/', StringComparison.Ordinal);
            value = slash >= 0 ? value[(slash + 1)..] : value;
        }

        var relative = value.Length > 1 && value[1] == ':' ? value[2..] : value;
        relative = relative.TrimStart('/');
        var name = relative[(relative.LastIndexOf('/') + 1)..];
        return relative == name || relative.Length == 0 ? [name] : [relative, name];
    }
}
