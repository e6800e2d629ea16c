using System;
using System.IO;

namespace Informatica2Spark.Runtime;

/// <summary>
/// Reads a secret from the connection catalog's reference forms a driver can read without extra packages:
/// <c>env:NAME</c> and <c>file:PATH</c>. Messages name the reference, never the value.
/// </summary>
public static class SecretReferences
{
    public static string Resolve(string reference)
    {
        var text = reference.Trim();
        if (text.StartsWith("env:", StringComparison.OrdinalIgnoreCase) && text.Length > 4)
        {
            return Environment.GetEnvironmentVariable(text[4..]) is { Length: > 0 } value
                ? value
                : throw new RunStateException($"{text}: environment variable {text[4..]} is not set");
        }

        if (text.StartsWith("file:", StringComparison.OrdinalIgnoreCase) && text.Length > 5)
        {
            return File.Exists(text[5..])
                ? File.ReadAllText(text[5..]).TrimEnd('\r', '\n')
                : throw new RunStateException($"{text}: secret file {text[5..]} does not exist");
        }

        throw new RunStateException(
            $"'{(text.Contains('=') ? "(a connection string)" : text)}' is not a secret reference this driver reads (env:NAME or file:PATH); " +
            "pass RunStateOptions.ResolveSecret to read other references");
    }
}
