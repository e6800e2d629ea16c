using System.Reflection;

namespace Informatica2Spark.Core.Diagnostics;

/// <summary>
/// Every diagnostic code of the product. Each stage declares its codes in its own partial file
/// (<c>DiagnosticCodes.&lt;Stage&gt;.cs</c>) inside its number range:
/// 0001-0099 input, 0100-0199 schema, 0200-0299 references, 0300-0399 parameters, 0400-0499 connections,
/// 0500-0599 semantic rules, 0600-0699 compatibility, 0700-0799 security, 0800-0899 conversion, 0900-0999 tool.
/// </summary>
public static partial class DiagnosticCodes
{
    private static readonly Lazy<IReadOnlyList<DiagnosticDescriptor>> AllDescriptors = new(() =>
        typeof(DiagnosticCodes)
            .GetProperties(BindingFlags.Public | BindingFlags.Static)
            .Where(p => p.PropertyType == typeof(DiagnosticDescriptor))
            .Select(p => (DiagnosticDescriptor)p.GetValue(null)!)
            .OrderBy(d => d.Code, StringComparer.Ordinal)
            .ToList());

    /// <summary>All descriptors, ordered by code.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> All => AllDescriptors.Value;

    public static DiagnosticDescriptor? Find(string code) => All.FirstOrDefault(d => d.Code == code);
}

/// <summary>Classification helpers over diagnostics.</summary>
public static class DiagnosticExtensions
{
    /// <summary>The diagnostic says its input could not be read as XML at all (exit code 3).</summary>
    public static bool IsUnreadableInput(this Diagnostic diagnostic) =>
        DiagnosticCodes.Find(diagnostic.Code)?.Category == DiagnosticCategory.Input;

    /// <summary>Some finding is at or above <paramref name="threshold"/> (never, when it is null): exit code 1.</summary>
    public static bool AnyAtOrAbove(this IEnumerable<Diagnostic> diagnostics, Severity? threshold) =>
        threshold is { } t && diagnostics.Any(d => d.Severity >= t);
}
