using Informatica2Spark.Core.Mappings.Plan;

namespace Informatica2Spark.Core.Conversion;

/// <summary>
/// How much of a mapping the plan translates: its transformation instances other than Source Qualifiers (which only
/// read) and the Input and Output transformations of expanded mapplets (port boundaries, not work), by status; and
/// the target loads that every transformation on their path translates or approximates. Counts add up over mappings
/// and sessions; each percentage has its denominator beside it.
/// </summary>
public sealed record Automation(int Instances, int Translated, int Approximated, int Unsupported, int Loads, int LoadsTranslated)
{
    /// <summary>Transformation types that the instance figures leave out.</summary>
    public static readonly IReadOnlySet<string> Excluded = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "Source Qualifier", "Input Transformation", "Output Transformation" };

    public static Automation None { get; } = new(0, 0, 0, 0, 0, 0);

    /// <summary>The figures of a plan (none without one).</summary>
    public static Automation Of(MappingPlan? plan)
    {
        if (plan is null)
        {
            return None;
        }

        var counted = plan.Instances.Where(i => !Excluded.Contains(i.TransformationType)).ToList();
        return new Automation(
            counted.Count,
            counted.Count(i => i.Status == InstanceStatus.Translated),
            counted.Count(i => i.Status == InstanceStatus.Approximated),
            counted.Count(i => i.Status == InstanceStatus.Unsupported),
            plan.Targets.Count,
            plan.Targets.Count(t => t.IsTranslated));
    }

    /// <summary>The instance figures of <paramref name="instances"/> with the load figures of <paramref name="loads"/>.</summary>
    public static Automation Combine(IEnumerable<Automation> instances, IEnumerable<Automation> loads)
    {
        var i = instances.ToList();
        var l = loads.ToList();
        return new Automation(i.Sum(a => a.Instances), i.Sum(a => a.Translated), i.Sum(a => a.Approximated), i.Sum(a => a.Unsupported), l.Sum(a => a.Loads), l.Sum(a => a.LoadsTranslated));
    }

    /// <summary>Translated or approximated instances, in percent of <see cref="Instances"/> (one decimal), or null when there is none.</summary>
    public double? InstancePercent => Percent(Translated + Approximated, Instances);

    /// <summary>Loads whose whole path is translated or approximated, in percent of <see cref="Loads"/>, or null when there is none.</summary>
    public double? LoadPercent => Percent(LoadsTranslated, Loads);

    /// <summary>One line: <c>instances 12/15 (80.0 %: 10 translated, 2 approximated, 3 unsupported); target loads 1/2 (50.0 %)</c>.</summary>
    public string Text =>
        $"instances {Translated + Approximated}/{Instances} ({Format(InstancePercent)}: {Translated} translated, {Approximated} approximated, {Unsupported} unsupported); "
        + $"target loads {LoadsTranslated}/{Loads} ({Format(LoadPercent)})";

    private static double? Percent(int part, int whole) => whole == 0 ? null : Math.Round(100.0 * part / whole, 1, MidpointRounding.AwayFromZero);

    private static string Format(double? percent) => percent is { } p ? p.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + " %" : "n/a";
}
