namespace Microsoft.Spark;

/// <summary>What every member of this compile-only declaration does when called: refuse.</summary>
internal static class CompileOnly
{
    public static System.NotSupportedException Refuse() =>
        new("Microsoft.Spark compile-only declaration: generated drivers run against the real package.");
}
