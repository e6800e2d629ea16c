using Informatica2Spark.Core.Connections;

namespace Informatica2Spark.Core.Conversion;

/// <summary>What the PerformanceOptimizer decided for one session, as the job model holds it.</summary>
public sealed record JobTuning(IReadOnlyList<JobSetting> Conf, IReadOnlyList<TunedOption> Options)
{
    public static JobTuning Empty { get; } = new([], []);

    public IEnumerable<JobOption> For(string instance, DataSourceRole role) =>
        Options.Where(o => o.Role == role && o.Instance.Equals(instance, StringComparison.OrdinalIgnoreCase)).Select(o => o.Option);
}

/// <summary>An optimizer option for one source or target.</summary>
public sealed record TunedOption(string Instance, DataSourceRole Role, JobOption Option);
