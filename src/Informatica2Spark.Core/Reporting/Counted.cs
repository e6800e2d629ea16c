namespace Informatica2Spark.Core.Reporting;

/// <summary>A count with its noun agreeing in number, for every summary line: "1 error", "2 errors", "0 sessions".</summary>
public static class Counted
{
    /// <summary>
    /// <paramref name="count"/> followed by <paramref name="noun"/>, in the plural (an "s" added) unless the count is 1.
    /// </summary>
    public static string Of(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";

    /// <summary>"N errors, N warnings, N infos", each agreeing in number.</summary>
    public static string Findings(int errors, int warnings, int infos) =>
        $"{Of(errors, "error")}, {Of(warnings, "warning")}, {Of(infos, "info")}";
}
