using Informatica2Spark.Core.Conversion;
using Informatica2Spark.Core.Optimization;

namespace Informatica2Spark.Core.Emit.Orchestration;

/// <summary>
/// How generated orchestrator definitions reach what i2s generated: where the output directory is published, the state
/// store the jobs share, and the cluster. Defaults are documented in docs/databricks-jobs.md.
/// </summary>
public sealed record OrchestrationSettings
{
    /// <summary>The default <see cref="DeployRoot"/>: the output directory copied to DBFS.</summary>
    public const string DefaultDeployRoot = "dbfs:/i2s";

    /// <summary>Where the output directory is published for the orchestrator (no trailing slash): the session jobs'
    /// published drivers are at <c>{DeployRoot}/{job directory}/driver/publish/</c>.</summary>
    public string DeployRoot { get; init; } = DefaultDeployRoot;

    /// <summary>The cluster profile the optimizer sized the sessions for; the job cluster takes its executors.</summary>
    public ClusterProfile Cluster { get; init; } = ClusterProfiles.Default;

    /// <summary>The Spark platform the drivers were generated for: its Microsoft.Spark bridge jar is the jar task's library.</summary>
    public SparkPlatform Platform { get; init; } = SparkPlatforms.Default;

    /// <summary>The Databricks runtime of the job cluster: 15.4 LTS runs Spark 3.5, the default platform.</summary>
    public string DatabricksRuntime { get; init; } = "15.4.x-scala2.12";

    /// <summary>The node type of the job cluster's workers and driver.</summary>
    public string NodeType { get; init; } = "i3.xlarge";

    public static OrchestrationSettings Default { get; } = new();
}
