namespace Informatica2Spark.Core.Parameters;

/// <summary>Where a parameter's value comes from, highest precedence first.</summary>
public enum ParameterLayer
{
    /// <summary><c>--param NAME=VALUE</c> on the command line.</summary>
    Cli,

    /// <summary>An <c>I2S_PARAM_</c> environment variable (see <see cref="ParameterEnvironment"/>).</summary>
    Environment,

    /// <summary>A parameter file section matching the session.</summary>
    Session,

    /// <summary>
    /// A pre-session variable assignment of the session (parameter file &gt; pre-session variable assignment &gt;
    /// initial value, Advanced Workflow Guide: Parameters and Variables in Sessions).
    /// </summary>
    Assignment,

    /// <summary>The mapping's declared default or initial value.</summary>
    Mapping,

    /// <summary>A PowerCenter built-in such as <c>$PMFolderName</c>, or a run-time value such as <c>SESSSTARTTIME</c>.</summary>
    System,

    /// <summary>The datatype default: empty string, 0, or 1/1/1753 for dates.</summary>
    Default,
}

/// <summary>One parameter's resolved value: null when unresolved. Run-time values hold the expression to evaluate per run.</summary>
public sealed record ResolvedParameter(string Name, string? Value, ParameterLayer? Layer, string? Origin, bool IsRunTime = false);

/// <summary>A mapping parameter or variable as the mapping declares it (<c>MAPPINGVARIABLE</c>).</summary>
public sealed record DeclaredParameter(
    string Name,
    string DataType,
    string? InitialValue,
    bool IsVariable,
    Diagnostics.SourceLocation Location);

/// <summary>A <c>--param NAME=VALUE</c> given on the command line.</summary>
public sealed record CliParameter(string Name, string Value);

/// <summary>A pre-session variable assignment: the mapping parameter or variable it sets and the expression it sets it to (usually a workflow variable), with where it is.</summary>
public sealed record ParameterAssignment(string Name, string Expression, Diagnostics.SourceLocation Location);
