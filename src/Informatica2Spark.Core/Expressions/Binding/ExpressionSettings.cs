namespace Informatica2Spark.Core.Expressions.Binding;

/// <summary>
/// The Integration Service property "Treat Null In Comparison Operators As" (Administrator Guide: Integration
/// Service properties, Configuration Properties): how <c>= &lt;&gt; &lt; &lt;= &gt; &gt;=</c> treat a NULL operand.
/// </summary>
public enum NullComparison
{
    /// <summary>A comparison with a NULL operand is NULL (the default).</summary>
    Null,

    /// <summary>NULL is greater than every other value, and equal to NULL.</summary>
    High,

    /// <summary>NULL is less than every other value, and equal to NULL.</summary>
    Low,
}

/// <summary>
/// What a translation assumes of the session and the Integration Service: high precision (session property
/// <c>Enable high precision</c>), the NULL comparison setting, the session's <c>DateTime Format String</c> (the
/// default format of TO_DATE and TO_CHAR and of dates converted to and from strings), and the Spark version
/// generated for (functions such as <c>raise_error</c> exist from some versions on).
/// </summary>
public sealed record ExpressionSettings
{
    /// <summary>PowerCenter's default DateTime Format String (config object attribute <c>DateTime Format String</c>).</summary>
    public const string DefaultDateTimeFormat = "MM/DD/YYYY HH24:MI:SS.US";

    public static ExpressionSettings Default { get; } = new();

    public bool HighPrecision { get; init; }

    public NullComparison NullComparison { get; init; } = NullComparison.Null;

    public string DateTimeFormat { get; init; } = DefaultDateTimeFormat;

    /// <summary>
    /// The year two-digit and shortened years (TO_DATE formats RR, YY, Y, YYY) resolve against: PowerCenter takes the
    /// current year of the node that runs the session (TLR: Dates > RR Format String). Null (the default): the year
    /// when the job runs, <c>year(current_date())</c>; a value pins it (tests, reruns of a past load).
    /// </summary>
    public int? CurrentYear { get; init; }

    /// <summary>The Spark version as <c>major.minor</c> (default 3.5).</summary>
    public Version SparkVersion { get; init; } = new(3, 5);

    /// <summary>Aggregate functions are allowed (ports of an Aggregator, or a Rank's group).</summary>
    public bool AllowAggregates { get; init; }

    /// <summary>Task variables (<c>$s_load.Status</c>) and status constants are in scope: workflow link and decision conditions.</summary>
    public bool WorkflowConditions { get; init; }
}
