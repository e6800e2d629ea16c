using Azure.Identity;
using Azure.Security.KeyVault.Secrets;
using Informatica2Spark.Core.Connections;
using Informatica2Spark.Core.Parameters;

namespace Informatica2Spark.Cli.Connectivity;

/// <summary>
/// Reads a secret from where its reference points, only to open a test connection. The value is handed to the driver
/// and never logged, printed or written; failures say which reference failed, never what it holds.
/// </summary>
internal static class SecretResolver
{
    public static async Task<(string? Secret, string? Problem)> ResolveAsync(SecretReference reference, CancellationToken cancellation)
    {
        try
        {
            switch (reference.Source)
            {
                case SecretSource.Environment:
                    return Environment.GetEnvironmentVariable(reference.Location) is { } value
                        ? (value, null)
                        : (null, $"environment variable {reference.Location} is not set");
                case SecretSource.File:
                    return File.Exists(reference.Location)
                        ? ((await File.ReadAllTextAsync(reference.Location, cancellation)).TrimEnd('\r', '\n'), null)
                        : (null, $"secret file {reference.Location} does not exist");
                default:
                    var client = new SecretClient(new Uri($"https://{reference.Vault}.vault.azure.net/"), new DefaultAzureCredential());
                    var secret = await client.GetSecretAsync(reference.Location, cancellationToken: cancellation);
                    return (secret.Value.Value, null);
            }
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException or Azure.RequestFailedException
            or AuthenticationFailedException or CredentialUnavailableException or OperationCanceledException)
        {
            return (null, $"{reference} could not be read ({error.GetType().Name})");
        }
    }
}
