using System.Security.Cryptography;
using Informatica2Spark.Core.Inputs;

namespace Informatica2Spark.Core.Conversion;

/// <summary>The SHA-256 of an input's bytes, as the manifest records it; empty when the input cannot be opened.</summary>
internal static class InputDigests
{
    public static string Sha256(ExportInput input)
    {
        try
        {
            using var stream = input.Open();
            return Convert.ToHexStringLower(SHA256.HashData(stream));
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return string.Empty;
        }
    }
}
