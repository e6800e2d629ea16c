namespace Informatica2Spark.Core.Conversion;

/// <summary>
/// The Spark versions drivers can be generated for, with the Scala build of the bridge jar and the .NET for Apache
/// Spark release that supports them: 2.3.1 for Spark 3.0 to 3.5 (Scala 2.12), 2.4.0 for Spark 4.0 (Scala 2.13).
/// </summary>
public static class SparkPlatforms
{
    public const string DefaultSparkVersion = "3.5";

    private static readonly IReadOnlyList<SparkPlatform> Known =
    [
        new("3.0", "2.12", "2.3.1", "net8.0"),
        new("3.1", "2.12", "2.3.1", "net8.0"),
        new("3.2", "2.12", "2.3.1", "net8.0"),
        new("3.3", "2.12", "2.3.1", "net8.0"),
        new("3.4", "2.12", "2.3.1", "net8.0"),
        new("3.5", "2.12", "2.3.1", "net8.0"),
        new("4.0", "2.13", "2.4.0", "net8.0"),
    ];

    public static SparkPlatform Default => Find(DefaultSparkVersion)!;

    public static IEnumerable<string> Versions => Known.Select(p => p.SparkVersion);

    /// <summary>The platform of a Spark version given as <c>major.minor</c> (a patch is accepted and ignored); null when unsupported.</summary>
    public static SparkPlatform? Find(string version)
    {
        var parts = version.Trim().Split('.');
        var minor = parts.Length >= 2 ? $"{parts[0]}.{parts[1]}" : version.Trim();
        return Known.FirstOrDefault(p => p.SparkVersion == minor);
    }
}
