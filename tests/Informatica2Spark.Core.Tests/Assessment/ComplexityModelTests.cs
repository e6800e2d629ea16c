using Informatica2Spark.Core.Assessment;
using Xunit;

namespace Informatica2Spark.Core.Tests.Assessment;

public class ComplexityModelTests
{
    [Fact]
    public void The_score_is_the_sum_of_each_feature_times_its_weight()
    {
        // 6 instances, 4 types, 250 characters (3 started hundreds), 2 lookups, 1 SQL override, 1 approximated, 1 unsupported.
        var score = ComplexityModel.Default.Score(new ComplexityFeatures(6, 4, 250, 2, 1, 1, 1));

        Assert.Equal((6 * 1) + (4 * 2) + (3 * 1) + (2 * 3) + (1 * 5) + (1 * 3) + (1 * 10), score.Score);
        Assert.Equal(ComplexityBucket.Complex, score.Bucket);
    }

    [Theory]
    [InlineData(0, ComplexityBucket.Simple)]
    [InlineData(15, ComplexityBucket.Simple)]
    [InlineData(16, ComplexityBucket.Medium)]
    [InlineData(40, ComplexityBucket.Medium)]
    [InlineData(41, ComplexityBucket.Complex)]
    [InlineData(80, ComplexityBucket.Complex)]
    [InlineData(81, ComplexityBucket.VeryComplex)]
    public void A_score_falls_in_the_bucket_its_thresholds_bound(int instances, ComplexityBucket bucket)
    {
        var score = ComplexityModel.Default.Score(new ComplexityFeatures(instances, 0, 0, 0, 0, 0, 0));

        Assert.Equal(instances, score.Score);
        Assert.Equal(bucket, score.Bucket);
    }

    [Fact]
    public void Effort_figures_are_read_from_the_effort_section_and_other_sections_are_ignored()
    {
        var (figures, problem) = EffortFiguresParser.Parse(
            "connections: catalog.yaml\neffort:\n  unit: person-days\n  source: wave 1 actuals\n  simple: 0.5\n  medium: 2\n  complex: 5\n  veryComplex: 12\n", "i2s.yaml");

        Assert.Null(problem);
        Assert.Equal(new EffortFigures("person-days", "wave 1 actuals", 0.5, 2, 5, 12), figures);
        Assert.Equal(5, figures!.Of(ComplexityBucket.Complex));
    }

    [Theory]
    [InlineData("effort:\n  unit: days\n  simple: 1\n  medium: 2\n  complex: 3\n  veryComplex: 4\n", "i2s.yaml:1:1: the effort section lacks source")]
    [InlineData("other: 1\n", "i2s.yaml:1:1: no 'effort' section")]
    [InlineData("effort:\n  unit: days\n  source: s\n  simple: -1\n  medium: 2\n  complex: 3\n  veryComplex: 4\n", "i2s.yaml:1:1: effort figures must be numbers of at least 0")]
    [InlineData("effort:\n  simple: [", "i2s.yaml:")]
    public void Incomplete_or_invalid_effort_figures_are_a_located_problem(string yaml, string start)
    {
        var (figures, problem) = EffortFiguresParser.Parse(yaml, "i2s.yaml");

        Assert.Null(figures);
        Assert.StartsWith(start, problem, StringComparison.Ordinal);
    }
}
