namespace Informatica2Spark.Core.Assessment;

/// <summary>
/// How a mapping's complexity is scored (docs/assessment.md states the same weights and thresholds): points per
/// counted transformation instance, per distinct transformation type, per started 100 characters of expression text,
/// per lookup, per SQL override (a Source Qualifier's Sql Query, a Lookup Sql Override), per approximated and per
/// unsupported instance; the sum falls in a bucket by <see cref="Thresholds"/>. The model is written into every
/// assessment, so a reader sees what a score is made of.
/// </summary>
/// <param name="Thresholds">The highest score of simple, medium and complex, in that order; above the last is very complex.</param>
public sealed record ComplexityModel(
    int PerTransformation,
    int PerTransformationType,
    int PerExpressionChars100,
    int PerLookup,
    int PerSqlOverride,
    int PerApproximated,
    int PerUnsupported,
    IReadOnlyList<int> Thresholds)
{
    /// <summary>The model i2s scores with.</summary>
    public static ComplexityModel Default { get; } = new(1, 2, 1, 3, 5, 3, 10, [15, 40, 80]);

    /// <summary>The score of <paramref name="features"/> and its bucket.</summary>
    public ComplexityScore Score(ComplexityFeatures features)
    {
        var score = features.Transformations * PerTransformation
            + features.TransformationTypes * PerTransformationType
            + (features.ExpressionChars + 99) / 100 * PerExpressionChars100
            + features.Lookups * PerLookup
            + features.SqlOverrides * PerSqlOverride
            + features.Approximated * PerApproximated
            + features.Unsupported * PerUnsupported;
        var bucket = score <= Thresholds[0] ? ComplexityBucket.Simple
            : score <= Thresholds[1] ? ComplexityBucket.Medium
            : score <= Thresholds[2] ? ComplexityBucket.Complex
            : ComplexityBucket.VeryComplex;
        return new ComplexityScore(score, bucket, features);
    }
}

/// <summary>The countable features of a mapping that its complexity is scored from.</summary>
/// <param name="Transformations">Counted transformation instances (<see cref="Conversion.Automation.Excluded"/> left out).</param>
/// <param name="TransformationTypes">Distinct types among them.</param>
/// <param name="ExpressionChars">Characters of PowerCenter expression text over all instances.</param>
/// <param name="Lookups">Lookup instances (connected and unconnected).</param>
/// <param name="SqlOverrides">Source Qualifiers with a Sql Query and lookups with a Lookup Sql Override.</param>
public sealed record ComplexityFeatures(int Transformations, int TransformationTypes, int ExpressionChars, int Lookups, int SqlOverrides, int Approximated, int Unsupported);

/// <summary>A mapping's score, its bucket and the features it is made of.</summary>
public sealed record ComplexityScore(int Score, ComplexityBucket Bucket, ComplexityFeatures Features);

/// <summary>Complexity buckets, lowest first.</summary>
public enum ComplexityBucket
{
    Simple,
    Medium,
    Complex,
    VeryComplex,
}

/// <summary>
/// Effort per mapping of each complexity bucket, as the user states it (<c>--effort FILE</c>, or the <c>effort</c> section
/// of i2s.yaml): i2s has no figures of its own, since no public source gives them. <see cref="Source"/> says where the
/// figures come from and is printed beside every effort number.
/// </summary>
/// <param name="Unit">What a figure counts, e.g. <c>person-days</c>.</param>
/// <param name="Source">Where the figures come from (a past wave's actuals, a vendor's estimate).</param>
public sealed record EffortFigures(string Unit, string Source, double Simple, double Medium, double Complex, double VeryComplex)
{
    /// <summary>The figure of <paramref name="bucket"/>.</summary>
    public double Of(ComplexityBucket bucket) => bucket switch
    {
        ComplexityBucket.Simple => Simple,
        ComplexityBucket.Medium => Medium,
        ComplexityBucket.Complex => Complex,
        _ => VeryComplex,
    };
}
