using System.Globalization;
using Informatica2Spark.Core.Model;

namespace Informatica2Spark.Core.Workflows;

/// <summary>
/// Reads a workflow's <c>SCHEDULER</c> into a <see cref="PlanSchedule"/> (WBG: Scheduling a Workflow, Configuring
/// Scheduler Settings): run on demand, run continuously, run on service initialization, or a timed schedule (run once,
/// run every N days/hours/minutes, or a customized repeat) starting at <c>STARTOPTIONS</c> and ending on a date, after N
/// runs or never. A timed schedule gets a five-field cron expression where one means the same runs: daily at the
/// start time, every N hours or minutes that divide the day or hour, weekly on given days, monthly on given days of
/// the month. Anything else keeps its settings in the note and has no cron expression.
/// </summary>
public static class ScheduleReader
{
    /// <summary>The schedule; no scheduler is run on demand, PowerCenter's default.</summary>
    public static PlanSchedule Read(Scheduler? scheduler)
    {
        if (scheduler is null)
        {
            return PlanSchedule.OnDemand;
        }

        var options = scheduler.Options;
        var start = Join(options.Get("STARTOPTIONS.STARTDATE"), options.Get("STARTOPTIONS.STARTTIME"));
        var end = End(options);
        var timed = options.Get("SCHEDULEOPTIONS.SCHEDULETYPE")?.ToUpperInvariant();
        switch (timed)
        {
            case "ONCE":
                return new PlanSchedule(ScheduleKind.Once, null, start, end, $"runs once, at {start ?? "its start time"}: triggered once by the orchestrator");
            case "RECURRING":
                return Recurring(options, start, end);
            case "CUSTOM":
                return Custom(options, start, end);
        }

        return scheduler.ScheduleType?.ToUpperInvariant() switch
        {
            "CONTINUOUS" => new PlanSchedule(ScheduleKind.Continuous, null, start, end, null),
            "ONSERVERINIT" => new PlanSchedule(ScheduleKind.OnServerInit, null, start, end,
                "runs when the Integration Service starts, which an orchestrator has no equivalent of: triggered on demand"),
            _ => PlanSchedule.OnDemand with { Start = start, End = end },
        };
    }

    private static PlanSchedule Recurring(IReadOnlyList<AttributeValue> options, string? start, string? end)
    {
        var days = Number(options, "SCHEDULEOPTIONS.RECURRING.DAYS");
        var hours = Number(options, "SCHEDULEOPTIONS.RECURRING.HOURS");
        var minutes = Number(options, "SCHEDULEOPTIONS.RECURRING.MINUTES");
        var (atHour, atMinute) = Time(options);
        var every = $"every {days} day(s) {hours} hour(s) {minutes} minute(s) from {start ?? "its start"}";
        string? cron = (days, hours, minutes) switch
        {
            (1, 0, 0) => $"{atMinute} {atHour} * * *",
            (0, > 0, 0) when 24 % hours == 0 => $"{atMinute} {(hours == 1 ? "*" : $"{atHour % hours}-23/{hours}")} * * *",
            (0, 0, > 0) when 60 % minutes == 0 => minutes == 1 ? "* * * * *" : $"{atMinute % minutes}-59/{minutes} * * * *",
            _ => null,
        };
        return new PlanSchedule(ScheduleKind.Recurring, cron, start, end, cron is null ? $"runs {every}, which no cron expression repeats exactly" : null);
    }

    private static PlanSchedule Custom(IReadOnlyList<AttributeValue> options, string? start, string? end)
    {
        var type = options.Get("SCHEDULEOPTIONS.CUSTOM.REPEAT.TYPE")?.ToUpperInvariant() ?? "DAILY";
        var interval = Math.Max(1, Number(options, "SCHEDULEOPTIONS.CUSTOM.REPEAT.INTERVAL"));
        var once = !string.Equals(options.Get("SCHEDULEOPTIONS.CUSTOM.DAILYFREQUENCY.RUNONCE"), "NO", StringComparison.OrdinalIgnoreCase);
        var (atHour, atMinute) = Time(options);
        var filters = options.Where(o => o.Name.StartsWith("SCHEDULEOPTIONS.CUSTOM.REPEAT.FILTER.", StringComparison.OrdinalIgnoreCase)).ToList();
        var weekDays = filters.Where(f => f.Name.EndsWith(".DAY", StringComparison.OrdinalIgnoreCase)).Select(f => f.Value.ToUpperInvariant()[..Math.Min(3, f.Value.Length)]).Distinct().ToList();
        var monthDays = filters.Where(f => f.Name.EndsWith(".DAYOFMONTH", StringComparison.OrdinalIgnoreCase)).Select(f => f.Value).Distinct().ToList();
        var occurrences = filters.Any(f => f.Name.EndsWith(".OCCURRENCE", StringComparison.OrdinalIgnoreCase));
        string? cron = (type, interval, once, occurrences) switch
        {
            (_, _, false, _) or (_, _, _, true) => null,
            ("DAILY", 1, _, _) => $"{atMinute} {atHour} * * *",
            ("WEEKLY", 1, _, _) when weekDays.Count > 0 => $"{atMinute} {atHour} * * {string.Join(',', weekDays)}",
            ("MONTHLY", 1, _, _) when monthDays.Count > 0 => $"{atMinute} {atHour} {string.Join(',', monthDays)} * *",
            _ => null,
        };
        var settings = $"a customized repeat ({type.ToLowerInvariant()} every {interval}, {(once ? "once a day" : "several times a day")}" +
            $"{(weekDays.Count > 0 ? ", on " + string.Join(',', weekDays) : string.Empty)}{(monthDays.Count > 0 ? ", on days " + string.Join(',', monthDays) : string.Empty)}" +
            $"{(occurrences ? ", on given weeks of the month" : string.Empty)})";
        return new PlanSchedule(ScheduleKind.Custom, cron, start, end, cron is null ? $"runs on {settings}, which no cron expression repeats exactly" : null);
    }

    private static string? End(IReadOnlyList<AttributeValue> options) => options.Get("ENDOPTIONS.ENDTYPE")?.ToUpperInvariant() switch
    {
        "ENDON" => $"on {options.Get("ENDOPTIONS.ENDON")}",
        "ENDAFTER" => $"after {options.Get("ENDOPTIONS.ENDAFTER")} runs",
        _ => null,
    };

    private static (int Hour, int Minute) Time(IReadOnlyList<AttributeValue> options)
    {
        var parts = (options.Get("STARTOPTIONS.STARTTIME") ?? string.Empty).Split(':');
        var hour = parts.Length > 0 && int.TryParse(parts[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out var h) && h is >= 0 and < 24 ? h : 0;
        var minute = parts.Length > 1 && int.TryParse(parts[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var m) && m is >= 0 and < 60 ? m : 0;
        return (hour, minute);
    }

    private static int Number(IReadOnlyList<AttributeValue> options, string name) =>
        int.TryParse(options.Get(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= 0 ? value : 0;

    private static string? Join(string? date, string? time) =>
        string.Join(' ', new[] { date, time }.Where(v => !string.IsNullOrWhiteSpace(v))) is { Length: > 0 } text ? text : null;
}
