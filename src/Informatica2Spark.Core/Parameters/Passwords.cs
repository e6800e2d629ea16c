namespace Informatica2Spark.Core.Parameters;

/// <summary>What counts as a password written in plain text: a value named like a password that is not a secret reference.</summary>
public static class Passwords
{
    /// <summary>A name that holds a password: it contains PASSWORD or PWD, in any case (<c>$Param_GlPassword</c>, <c>DB_PWD</c>).</summary>
    public static bool IsPasswordName(string name) =>
        name.Contains("PASSWORD", StringComparison.OrdinalIgnoreCase) || name.Contains("PWD", StringComparison.OrdinalIgnoreCase);

    /// <summary>A non-empty value under a password name that is not a secret reference (<c>env:</c>, <c>file:</c>, <c>akv://</c>).</summary>
    public static bool IsPlaintext(string name, string? value) =>
        IsPasswordName(name) && value is { Length: > 0 } && !SecretReference.TryParse(value, out _);

    /// <summary>What every output (job files, reports, findings, <c>i2s params</c>) shows in place of a password in plain text.</summary>
    public const string WithheldValue = "(withheld: a password in plain text)";

    /// <summary><paramref name="value"/> as an output may show it: <see cref="WithheldValue"/> for a password in plain text (<see cref="IsPlaintext"/>), else the value itself.</summary>
    public static string? Shown(string name, string? value) => IsPlaintext(name, value) ? WithheldValue : value;

    /// <summary>What the job files say of a per-run password, which the driver takes only when it runs.</summary>
    public static string RunTimeNote(string name) =>
        $"value withheld (a password): give it when the driver runs, with --param {name}=VALUE or {ParameterEnvironment.VariableName(name)}";

    /// <summary>As <see cref="Shown"/>, for a message: the value in single quotes, or <see cref="WithheldValue"/> unquoted.</summary>
    public static string Quoted(string name, string? value) => IsPlaintext(name, value) ? WithheldValue : $"'{value}'";

    /// <summary>As <see cref="IsPlaintext"/>, but a <c>$</c> parameter standing in for the value is not a password.</summary>
    public static bool IsLiteralPlaintext(string name, string? value) => IsPlaintext(name, value) && !value!.TrimStart().StartsWith('$');
}
