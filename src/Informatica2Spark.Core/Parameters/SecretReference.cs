namespace Informatica2Spark.Core.Parameters;

/// <summary>Where a secret lives.</summary>
public enum SecretSource
{
    /// <summary><c>env:NAME</c>: an environment variable of the running job.</summary>
    Environment,

    /// <summary><c>file:PATH</c>: a file (a mounted secret, say) read by the running job.</summary>
    File,

    /// <summary><c>akv://VAULT/SECRET</c>: an Azure Key Vault secret, read with DefaultAzureCredential.</summary>
    AzureKeyVault,
}

/// <summary>
/// A reference to a secret, never the secret: i2s writes only this reference into what it generates, and the
/// generated job fetches the value at run time.
/// </summary>
public sealed record SecretReference(SecretSource Source, string Location, string? Vault = null)
{
    public static bool TryParse(string text, out SecretReference? reference)
    {
        reference = null;
        var value = text.Trim();
        if (value.StartsWith("env:", StringComparison.OrdinalIgnoreCase) && value.Length > 4 && value[4..].All(c => char.IsAsciiLetterOrDigit(c) || c == '_'))
        {
            reference = new SecretReference(SecretSource.Environment, value[4..]);
        }
        else if (value.StartsWith("file:", StringComparison.OrdinalIgnoreCase) && value.Length > 5)
        {
            reference = new SecretReference(SecretSource.File, value[5..]);
        }
        else if (value.StartsWith("akv://", StringComparison.OrdinalIgnoreCase)
                 && value[6..].Split('/') is [{ Length: > 0 } vault, { Length: > 0 } secret])
        {
            reference = new SecretReference(SecretSource.AzureKeyVault, secret, vault);
        }

        return reference is not null;
    }

    /// <summary>Whether a text looks like a reference attempt rather than a password typed in plain text.</summary>
    public static bool LooksLikeReference(string text) =>
        text.StartsWith("env:", StringComparison.OrdinalIgnoreCase) || text.StartsWith("file:", StringComparison.OrdinalIgnoreCase)
        || text.StartsWith("akv:", StringComparison.OrdinalIgnoreCase);

    public override string ToString() => Source switch
    {
        SecretSource.Environment => "env:" + Location,
        SecretSource.File => "file:" + Location,
        _ => $"akv://{Vault}/{Location}",
    };
}
