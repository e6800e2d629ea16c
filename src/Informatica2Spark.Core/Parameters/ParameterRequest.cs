namespace Informatica2Spark.Core.Parameters;

/// <summary>
/// Everything the resolver needs for one session, supplied by the caller (Core reads no files and no environment):
/// where it runs, its mapping's declarations, the parameter files, command-line values, the environment, and the
/// names the session uses (null when not known, which turns off the "given but never used" check).
/// </summary>
public sealed record ParameterRequest(SessionScope Scope)
{
    public string? MappingName { get; init; }

    public IReadOnlyList<ParameterFile> Files { get; init; } = [];

    public IReadOnlyList<CliParameter> Cli { get; init; } = [];

    public IReadOnlyDictionary<string, string> Environment { get; init; } = new Dictionary<string, string>();

    /// <summary>Whether <see cref="Environment"/> is a layer (<see cref="ParameterInputs.ReadsEnvironment"/>); a missing value's message names the variable only then.</summary>
    public bool ReadsEnvironment { get; init; } = true;

    public IReadOnlyList<DeclaredParameter> Declared { get; init; } = [];

    /// <summary>The session's pre-session variable assignments, in execution order.</summary>
    public IReadOnlyList<ParameterAssignment> Assignments { get; init; } = [];

    public IReadOnlyList<string>? Used { get; init; }

    /// <summary>Where the session is, for diagnostics about it.</summary>
    public Diagnostics.SourceLocation Location { get; init; } = Diagnostics.SourceLocation.None;
}

/// <summary>The resolved parameters of a session, ordinal by name, and what resolving them found.</summary>
public sealed record ParameterResolution(IReadOnlyList<ResolvedParameter> Parameters, IReadOnlyList<Diagnostics.Diagnostic> Diagnostics);
