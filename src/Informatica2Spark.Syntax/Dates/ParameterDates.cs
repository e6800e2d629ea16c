using System;
using System.Globalization;

namespace Informatica2Spark.Syntax;

/// <summary>
/// Date/time values as parameter files and initial values give them (PowerCenter Advanced Workflow Guide: Guidelines
/// for Creating Parameter Files): <c>MM/DD/RR</c> or <c>MM/DD/YYYY</c>, optionally followed by <c>HH24:MI</c>,
/// <c>HH24:MI:SS</c>, or seconds with a fraction of up to nine digits (<c>.MS</c>, <c>.US</c>, <c>.NS</c>). Month,
/// day and hour may have one digit. A two-digit year (RR) takes the century closest to the current year, as
/// PowerCenter's RR does: 00-49 is this century when the current year ends in 00-49, else the next; 50-99 is this
/// century when the current year ends in 50-99, else the previous. The one parser of such values, used by i2s at
/// conversion (checking a value against its declared datatype) and by generated drivers at run time (binding it).
/// </summary>
public static class ParameterDates
{
    /// <summary>Parses a value; the fraction is kept to the tick (100 ns), nanoseconds beyond are dropped.</summary>
    /// <param name="text">The value as written.</param>
    /// <param name="currentYear">The year RR is resolved against (the run's year).</param>
    /// <param name="value">The date and time.</param>
    /// <returns>False when the text is not in one of the formats or is not a valid date.</returns>
    public static bool TryParse(string text, int currentYear, out DateTime value) => TryParse(text, currentYear, out value, out _);

    /// <summary>
    /// Parses a value keeping the whole fraction: <paramref name="nanoseconds"/> is the fraction of the second in
    /// nanoseconds (0 to 999,999,999; <c>.5</c> is 500,000,000), as PowerCenter keeps it (<c>.NS</c>); <paramref name="value"/>
    /// holds it to the tick.
    /// </summary>
    /// <param name="text">The value as written.</param>
    /// <param name="currentYear">The year RR is resolved against (the run's year).</param>
    /// <param name="value">The date and time, to the tick (100 ns).</param>
    /// <param name="nanoseconds">The fraction of the second in nanoseconds.</param>
    /// <returns>False when the text is not in one of the formats or is not a valid date.</returns>
    public static bool TryParse(string text, int currentYear, out DateTime value, out int nanoseconds)
    {
        value = default;
        nanoseconds = 0;
        var parts = text.Trim().Split(' ', 2, StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0)
        {
            return false;
        }

        var date = parts[0].Split('/');
        if (date.Length != 3 || !Number(date[0], 1, 2, out var month) || !Number(date[1], 1, 2, out var day)
            || !Number(date[2], 2, 4, out var year) || date[2].Length == 3)
        {
            return false;
        }

        if (date[2].Length == 2)
        {
            year = RoundYear(year, currentYear);
        }

        int hour = 0, minute = 0, second = 0;
        long ticks = 0;
        if (parts.Length == 2)
        {
            var time = parts[1].Trim().Split(':');
            if (time.Length is < 2 or > 3 || !Number(time[0], 1, 2, out hour) || !Number(time[1], 2, 2, out minute))
            {
                return false;
            }

            if (time.Length == 3)
            {
                var seconds = time[2].Split('.');
                if (seconds.Length > 2 || !Number(seconds[0], 2, 2, out second))
                {
                    return false;
                }

                if (seconds.Length == 2)
                {
                    if (seconds[1].Length is < 1 or > 9 || !Number(seconds[1], 1, 9, out _))
                    {
                        return false;
                    }

                    nanoseconds = int.Parse(seconds[1].PadRight(9, '0'), NumberStyles.None, CultureInfo.InvariantCulture);
                    ticks = nanoseconds / 100;
                }
            }
        }

        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month) || hour > 23 || minute > 59 || second > 59)
        {
            nanoseconds = 0;
            return false;
        }

        value = new DateTime(year, month, day, hour, minute, second, DateTimeKind.Unspecified).AddTicks(ticks);
        return true;
    }

    /// <summary>The four-digit year of a two-digit RR year, relative to <paramref name="currentYear"/>.</summary>
    public static int RoundYear(int twoDigits, int currentYear)
    {
        var century = currentYear / 100 * 100;
        var current = currentYear % 100;
        return (twoDigits < 50, current < 50) switch
        {
            (true, true) or (false, false) => century + twoDigits,
            (true, false) => century + 100 + twoDigits,
            (false, true) => century - 100 + twoDigits,
        };
    }

    private static bool Number(string text, int minDigits, int maxDigits, out int value)
    {
        value = 0;
        if (text.Length < minDigits || text.Length > maxDigits)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }
}
