using System;
using System.Text;

namespace Informatica2Spark.Syntax;

/// <summary>
/// How parameters are given through the environment, to i2s when it converts and to generated drivers when they run:
/// <c>I2S_PARAM_</c> followed by the name with each leading <c>$</c> after the first written as <c>_</c>, so the kinds
/// stay distinct, and any character a shell variable cannot hold written as <c>_</c>: <c>$DBConnection_Src</c> is
/// <c>I2S_PARAM_DBConnection_Src</c>, <c>$$LOAD_DATE</c> is <c>I2S_PARAM__LOAD_DATE</c>. Variable names compare
/// case-insensitively, like PowerCenter parameter names.
/// </summary>
public static class ParameterEnvironmentNames
{
    public const string Prefix = "I2S_PARAM_";

    /// <summary>The environment variable a parameter is read from.</summary>
    public static string VariableName(string parameter)
    {
        var dollars = 0;
        while (dollars < parameter.Length && parameter[dollars] == '$')
        {
            dollars++;
        }

        var builder = new StringBuilder(Prefix).Append('_', Math.Max(dollars - 1, 0));
        foreach (var c in parameter.Substring(dollars))
        {
            builder.Append(char.IsAsciiLetterOrDigit(c) || c == '_' ? c : '_');
        }

        return builder.ToString();
    }

    /// <summary>The parameter name an environment variable stands for, or null when it is not an i2s parameter.</summary>
    public static string? ParameterName(string variable)
    {
        if (!variable.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase) || variable.Length == Prefix.Length)
        {
            return null;
        }

        var rest = variable.Substring(Prefix.Length);
        var underscores = 0;
        while (underscores < rest.Length && rest[underscores] == '_')
        {
            underscores++;
        }

        return underscores == rest.Length ? null : new string('$', underscores + 1) + rest.Substring(underscores);
    }
}
