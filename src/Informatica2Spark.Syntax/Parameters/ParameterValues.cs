using System;

namespace Informatica2Spark.Syntax;

/// <summary>
/// What a value written in a parameter file means before its datatype is looked at (Advanced Workflow Guide,
/// Parameter Files: Parameter File Structure and Null Values).
/// </summary>
public static class ParameterValues
{
    /// <summary>The text that assigns a null value.</summary>
    public const string Null = "<null>";

    /// <summary>
    /// Whether the value assigns no value: blank, or <c>&lt;null&gt;</c> ("To assign a null value, set the parameter
    /// or variable value to &lt;null&gt; or leave the value blank", Null Values). The Integration Service then takes
    /// the value from where it would without the line: the mapping's initial value or datatype default for mapping
    /// parameters and variables, the service's setting for service variables, none for session parameters.
    /// </summary>
    public static bool IsNoValue(string? value) =>
        value is null || value.Trim().Length == 0 || value.Trim().Equals(Null, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Whether the value looks like a deployment placeholder left unfilled: <c>{{name}}</c>, <c>${name}</c>,
    /// <c>@name@</c> or <c>&lt;...&gt;</c> (other than <c>&lt;null&gt;</c>) as the whole value. PowerCenter would use
    /// it literally.
    /// </summary>
    public static bool IsPlaceholder(string? value)
    {
        var text = value?.Trim() ?? string.Empty;
        if (text.Length < 3 || IsNoValue(text))
        {
            return false;
        }

        return (text.StartsWith("{{", StringComparison.Ordinal) && text.EndsWith("}}", StringComparison.Ordinal) && text.Length > 4)
            || (text.StartsWith("${", StringComparison.Ordinal) && text.EndsWith('}') && text.IndexOf('}') == text.Length - 1)
            || (text[0] == '<' && text[^1] == '>' && text.IndexOf('>') == text.Length - 1)
            || (text[0] == '@' && text[^1] == '@' && text.Length > 2 && text.IndexOf('@', 1) == text.Length - 1 && !text.Contains(' ', StringComparison.Ordinal));
    }
}
