using Informatica2Spark.Core.Connections;

namespace Informatica2Spark.Core.Validation.Sessions;

/// <summary>Whether a named value is a password written in plain text (not empty, not a parameter, not a secret reference).</summary>
internal static class PasswordNames
{
    public static bool IsPlaintextPassword(string name, string? value) =>
        (name.Contains("password", StringComparison.OrdinalIgnoreCase) || name.Contains("pwd", StringComparison.OrdinalIgnoreCase))
        && value is { Length: > 0 } text
        && !text.TrimStart().StartsWith('$')
        && !SecretReference.TryParse(text, out _);
}
