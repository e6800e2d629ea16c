using Informatica2Spark.Core.Connections;
using Informatica2Spark.Core.Optimization;

namespace Informatica2Spark.Core.Conversion;

/// <summary>What to do with a target load the converter cannot translate yet.</summary>
public enum UnsupportedPolicy
{
    /// <summary>Report it as a warning; the driver refuses to run until it is translated.</summary>
    Warn,

    /// <summary>Report it as an error: the session's conversion fails.</summary>
    Error,
}

/// <summary>Settings of one conversion run that apply to every session.</summary>
public sealed record ConversionOptions
{
    public SparkPlatform Platform { get; init; } = SparkPlatforms.Default;

    public UnsupportedPolicy Unsupported { get; init; } = UnsupportedPolicy.Warn;

    /// <summary>The connection catalog environment; without one, relational and queue connections are left unresolved and their loads refused.</summary>
    public CatalogEnvironment? Catalog { get; init; }

    /// <summary>The cluster the jobs are sized for (<c>--cluster</c>); medium by default.</summary>
    public ClusterProfile Cluster { get; init; } = ClusterProfiles.Default;

    /// <summary>Rows expected per source instance (<c>--volume SOURCE=ROWS</c>).</summary>
    public IReadOnlyList<VolumeHint> Volumes { get; init; } = [];

    /// <summary>The run-state store written into job.yaml: <c>sqlite</c> (default), <c>postgres</c> or <c>none</c>.</summary>
    public string StateStore { get; init; } = "sqlite";

    /// <summary>
    /// Where the store is, written into job.yaml (<c>--state-location</c>): for <c>sqlite</c> a database file relative
    /// to the output directory, written relative to each job's directory (its driver's working directory, where
    /// submit.sh starts it), so every job of a run records its runs in the same file; for <c>postgres</c> a secret
    /// reference to the connection string. Null: <c>i2s-state.db</c> in each job's directory, or
    /// <c>env:I2S_STATE_POSTGRES</c>.
    /// </summary>
    public string? StateLocation { get; init; }

    /// <summary>Why the store is not the one asked for, when the conversion chose it (an orchestrator needs the shared store); job reports show it.</summary>
    public string? StateStoreReason { get; init; }

    /// <summary>
    /// The options for jobs an orchestrator runs (<c>--orchestrator airflow|databricks</c>): run state must outlive a
    /// cluster or a worker and be read by the orchestrator, so the embedded SQLite store (the local default) becomes the
    /// shared PostgreSQL store through its catalog reference (docs/run-state.md), and a SQLite file location is dropped;
    /// <c>none</c> and <c>postgres</c> stay.
    /// </summary>
    public ConversionOptions Orchestrated(string orchestrator) => StateStore == "sqlite" && !orchestrator.Equals("none", StringComparison.OrdinalIgnoreCase)
        ? this with
        {
            StateStore = "postgres",
            StateLocation = null,
            StateStoreReason = $"--orchestrator {orchestrator}: orchestrated runs share the PostgreSQL store (catalog reference {JobStates.DefaultPostgresConnection}), which outlives a cluster or a worker and which the orchestrator reads task variables from; the embedded SQLite store is for local runs",
        }
        : this;
}
