namespace Informatica2Spark.Core.Optimization;

/// <summary>
/// The cluster a job is sized for: executors, cores and memory of each, and the driver; and where its Spark event logs
/// go (<see cref="EventLogDir"/>, a directory or URI the history server reads, such as <c>hdfs:///spark-logs</c>; null
/// when the profile names none, the presets' case).
/// </summary>
public sealed record ClusterProfile(string Name, int Executors, int ExecutorCores, int ExecutorMemoryMb, int DriverMemoryMb, int DriverCores, string? EventLogDir = null)
{
    public int TotalCores => Executors * ExecutorCores;
}

/// <summary>
/// The presets of <c>--cluster small|medium|large</c>. <see cref="Default"/> is medium: a modest shared cluster that
/// runs a typical PowerCenter session (DTM buffers of tens to hundreds of MB) without tuning.
/// </summary>
public static class ClusterProfiles
{
    public static ClusterProfile Small { get; } = new("small", 2, 2, 4096, 2048, 1);

    public static ClusterProfile Medium { get; } = new("medium", 4, 4, 8192, 4096, 2);

    public static ClusterProfile Large { get; } = new("large", 16, 5, 16384, 8192, 4);

    public static ClusterProfile Default => Medium;

    public static IReadOnlyList<ClusterProfile> All { get; } = [Small, Medium, Large];

    public static ClusterProfile? Find(string name) => All.FirstOrDefault(p => p.Name.Equals(name.Trim(), StringComparison.OrdinalIgnoreCase));
}
