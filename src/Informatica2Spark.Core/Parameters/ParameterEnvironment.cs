using Informatica2Spark.Syntax;

namespace Informatica2Spark.Core.Parameters;

/// <summary>How parameters are given through the environment (<see cref="ParameterEnvironmentNames"/>, shared with generated drivers).</summary>
public static class ParameterEnvironment
{
    public const string Prefix = ParameterEnvironmentNames.Prefix;

    public static string VariableName(string parameter) => ParameterEnvironmentNames.VariableName(parameter);

    /// <summary>The parameter name an environment variable stands for, or null when it is not an i2s parameter.</summary>
    public static string? ParameterName(string variable) => ParameterEnvironmentNames.ParameterName(variable);
}
