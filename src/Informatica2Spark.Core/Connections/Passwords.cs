namespace Informatica2Spark.Core.Connections;

/// <summary>What counts as a password written in plain text: a value named like a password that is not a secret reference.</summary>
public static class Passwords
{
    public static bool IsPasswordName(string name) =>
        name.Contains("PASSWORD", StringComparison.OrdinalIgnoreCase) || name.Contains("PWD", StringComparison.OrdinalIgnoreCase);

    /// <summary>A non-empty value under a password name that is not a secret reference (<c>env:</c>, <c>file:</c>, <c>akv://</c>).</summary>
    public static bool IsPlaintext(string name, string? value) =>
        IsPasswordName(name) && value is { Length: > 0 } && !SecretReference.TryParse(value, out _);

    /// <summary>As <see cref="IsPlaintext"/>, but a <c>$</c> parameter standing in for the value is not a password.</summary>
    public static bool IsLiteralPlaintext(string name, string? value) => IsPlaintext(name, value) && !value!.TrimStart().StartsWith('$');
}
