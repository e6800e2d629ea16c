using Informatica2Spark.Core.Connections;

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

    /// <summary>The run-state store written into job.yaml: <c>sqlite</c> (default), <c>postgres</c> or <c>none</c>.</summary>
    public string StateStore { get; init; } = "sqlite";
}
