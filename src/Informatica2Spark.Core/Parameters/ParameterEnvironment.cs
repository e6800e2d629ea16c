namespace Informatica2Spark.Core.Parameters;

/// <summary>
/// How parameters are given through the environment: <c>I2S_PARAM_</c> followed by the name with each leading
/// <c>$</c> written as <c>_</c> after the first, so that both kinds stay distinct and shell-safe:
/// <c>$DBConnection_Src</c> is <c>I2S_PARAM_DBConnection_Src</c>, <c>$$LOAD_DATE</c> is <c>I2S_PARAM__LOAD_DATE</c>.
/// Variable names compare case-insensitively, like PowerCenter parameter names.
/// </summary>
public static class ParameterEnvironment
{
    public const string Prefix = "I2S_PARAM_";

    public static string VariableName(string parameter)
    {
        var dollars = parameter.TakeWhile(c => c == '$').Count();
        return Prefix + new string('_', Math.Max(dollars - 1, 0)) + parameter[dollars..];
    }

    /// <summary>The parameter name an environment variable stands for, or null when it is not an i2s parameter.</summary>
    public static string? ParameterName(string variable)
    {
        if (!variable.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase) || variable.Length == Prefix.Length)
        {
            return null;
        }

        var rest = variable[Prefix.Length..];
        var underscores = rest.TakeWhile(c => c == '_').Count();
        return underscores == rest.Length ? null : new string('$', underscores + 1) + rest[underscores..];
    }
}
