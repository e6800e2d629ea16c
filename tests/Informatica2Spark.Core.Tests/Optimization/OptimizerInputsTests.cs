using Informatica2Spark.Core.Optimization;
using Xunit;

namespace Informatica2Spark.Core.Tests.Optimization;

/// <summary>Cluster profile files, volume hints and PowerCenter date formats.</summary>
public sealed class OptimizerInputsTests
{
    [Fact]
    public void A_profile_file_starts_from_its_base_preset()
    {
        var (profile, problem) = ClusterProfileParser.Parse("base: large\nname: prod\nexecutors: 40\nexecutorMemory: 24g\ndriverMemory: 6144m\n", "clusters/prod.yaml");

        Assert.Null(problem);
        Assert.Equal(new ClusterProfile("prod", 40, 5, 24576, 6144, 4), profile);
    }

    [Fact]
    public void A_cluster_profile_names_the_event_log_directory()
    {
        var (profile, problem) = ClusterProfileParser.Parse("base: small\neventLogDir: hdfs:///spark-logs\n", "clusters/logged.yaml");

        Assert.Null(problem);
        Assert.Equal("hdfs:///spark-logs", profile!.EventLogDir);
        Assert.Null(ClusterProfiles.Default.EventLogDir);
    }

    [Theory]
    [InlineData("executors: many\n", "p.yaml:1:12: executors must be a positive whole number")]
    [InlineData("executors: 4\nexecutorMemory: lots\n", "p.yaml:2:17: executorMemory must be a size such as 8g or 4096m")]
    [InlineData("cores: 4\n", "p.yaml:1:1: unknown key 'cores'")]
    [InlineData("eventLogDir: ''\n", "p.yaml:1:14: eventLogDir must be the directory or URI Spark writes event logs to")]
    [InlineData("base: huge\n", "p.yaml:1:7: base 'huge' is not a preset")]
    [InlineData("- 1\n- 2\n", "p.yaml:1:1: a cluster profile is a mapping")]
    [InlineData("executors: [\n", "p.yaml:2:1: not valid YAML")]
    public void A_bad_profile_file_is_one_line_with_its_location(string yaml, string expected)
    {
        var (profile, problem) = ClusterProfileParser.Parse(yaml, "p.yaml");

        Assert.Null(profile);
        Assert.StartsWith(expected, problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ORDERS=20m", "ORDERS", 20_000_000)]
    [InlineData("ORDERS = 500k", "ORDERS", 500_000)]
    [InlineData("EVENTS=3b", "EVENTS", 3_000_000_000)]
    [InlineData("X=1234", "X", 1234)]
    public void Volume_hints(string text, string source, long rows)
    {
        Assert.Equal(new VolumeHint(source, rows), VolumeHint.Parse(text).Hint);
    }

    [Theory]
    [InlineData("ORDERS")]
    [InlineData("=5")]
    [InlineData("ORDERS=lots")]
    [InlineData("ORDERS=-5")]
    public void Bad_volume_hints_say_what_is_expected(string text)
    {
        var (hint, problem) = VolumeHint.Parse(text);

        Assert.Null(hint);
        Assert.Contains($"--volume {text}", problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("MM/DD/YYYY HH24:MI:SS.US", "MM/dd/yyyy HH:mm:ss.SSSSSS")]
    [InlineData("MM/DD/YYYY HH24:MI:SS", "MM/dd/yyyy HH:mm:ss")]
    [InlineData("YYYY-MM-DD HH24:MI:SS.MS", "yyyy-MM-dd HH:mm:ss.SSS")]
    [InlineData("DD-MON-YY HH12:MI:SS AM", "dd-MMM-yy hh:mm:ss a")]
    [InlineData("DY, DD MONTH YYYY", "EEE, dd MMMM yyyy")]
    [InlineData("YYYY\"T\"HH24:MI:SS.NS", "yyyy'T'HH:mm:ss.SSSSSS'000'")]
    [InlineData("RR/MM/DD", "yy/MM/dd")]
    public void PowerCenter_date_formats_become_spark_patterns(string format, string pattern)
    {
        Assert.Equal(pattern, Informatica2Spark.Core.Expressions.Dates.DateFormats.ToSparkPattern(format));
    }
}
