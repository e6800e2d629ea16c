using System.CommandLine;
using Informatica2Spark.Core.Conversion;
using Informatica2Spark.Core.Optimization;

namespace Informatica2Spark.Cli.Options;

/// <summary>The options that shape generated jobs: Spark version, cluster, volumes, templates, unsupported policy, state store.</summary>
internal sealed class ConvertOptions
{
    public Option<string> SparkVersion { get; } = new("--spark-version")
    {
        Description = $"The Spark version to generate for: {string.Join(", ", SparkPlatforms.Versions)}.",
        DefaultValueFactory = _ => SparkPlatforms.DefaultSparkVersion,
    };

    public Option<DirectoryInfo?> Templates { get; } = new Option<DirectoryInfo?>("--templates") { Description = "A directory of templates that replace the built-in ones by file name." }.IsPath();

    public Option<string> Unsupported { get; } = new Option<string>("--unsupported")
    {
        Description = "A target load that is not translated yet is a warning (warn, default) or an error that fails the conversion (error).",
        DefaultValueFactory = _ => "warn",
    }.AcceptOnlyFromAmong("warn", "error");

    public Option<string> StateStore { get; } = new Option<string>("--state-store")
    {
        Description = "The run-state store written into job.yaml: sqlite (default), postgres or none.",
        DefaultValueFactory = _ => "sqlite",
    }.AcceptOnlyFromAmong("sqlite", "postgres", "none");

    public Option<string?> StateLocation { get; } = new Option<string?>("--state-location")
    {
        Description = "Where the run-state store is, written into job.yaml: sqlite, a database file every job then shares (default: i2s-state.db in each job's directory); postgres, a secret reference to the connection string (default: env:I2S_STATE_POSTGRES).",
    }.IsPath();

    public Option<string> Cluster { get; } = new("--cluster")
    {
        Description = "The cluster to size jobs for: small, medium (default) or large, or a cluster profile YAML file (docs/optimizer.md).",
        DefaultValueFactory = _ => "medium",
    };

    public Option<string[]> Volumes { get; } = new("--volume")
    {
        Description = "Rows expected in a source instance, SOURCE=ROWS (20m, 500k); repeatable. Sizes shuffle partitions.",
        AllowMultipleArgumentsPerToken = true,
    };

    public void AddTo(Command command)
    {
        command.Options.Add(Cluster);
        command.Options.Add(Volumes);
        command.Options.Add(SparkVersion);
        command.Options.Add(Templates);
        command.Options.Add(Unsupported);
        command.Options.Add(StateStore);
        command.Options.Add(StateLocation);
        command.Validators.Add(result =>
        {
            if (result.GetValue(SparkVersion) is { } version && SparkPlatforms.Find(version) is null)
            {
                result.AddError($"--spark-version {version} is not supported; use one of {string.Join(", ", SparkPlatforms.Versions)}");
            }

            foreach (var volume in result.GetValue(Volumes) ?? [])
            {
                if (VolumeHint.Parse(volume).Problem is { } problem)
                {
                    result.AddError(problem);
                }
            }
        });
    }

    public ConvertSettings Read(ParseResult parse) => new(
        SparkPlatforms.Find(parse.GetRequiredValue(SparkVersion))!,
        parse.GetValue(Templates),
        parse.GetRequiredValue(Unsupported) == "error" ? UnsupportedPolicy.Error : UnsupportedPolicy.Warn,
        parse.GetRequiredValue(StateStore),
        parse.GetRequiredValue(Cluster),
        [.. (parse.GetValue(Volumes) ?? []).Select(v => VolumeHint.Parse(v).Hint!)])
    {
        StateLocation = parse.GetValue(StateLocation),
    };
}

/// <param name="Cluster">A preset name or a cluster profile file.</param>
internal sealed record ConvertSettings(
    SparkPlatform Platform, DirectoryInfo? Templates, UnsupportedPolicy Unsupported, string StateStore, string Cluster, IReadOnlyList<VolumeHint> Volumes)
{
    /// <summary><c>--state-location</c> as given: a database file (sqlite) or a secret reference (postgres); null for the default.</summary>
    public string? StateLocation { get; init; }
}
