using Informatica2Spark.Syntax;
using Xunit;

namespace Informatica2Spark.Core.Tests.Syntax;

/// <summary>
/// Date values in the formats parameter files take (PowerCenter Advanced Workflow Guide: Guidelines for Creating
/// Parameter Files): MM/DD/RR or MM/DD/YYYY, optionally with HH24:MI, HH24:MI:SS and a fraction of up to 9 digits.
/// </summary>
public sealed class ParameterDatesTests
{
    [Theory]
    [InlineData("01/15/2024", "2024-01-15T00:00:00.0000000")]
    [InlineData("1/5/2024", "2024-01-05T00:00:00.0000000")]
    [InlineData("01/15/2024 10:30", "2024-01-15T10:30:00.0000000")]
    [InlineData("01/15/2024 10:30:45", "2024-01-15T10:30:45.0000000")]
    [InlineData("01/15/2024 10:30:45.123", "2024-01-15T10:30:45.1230000")]
    [InlineData("01/15/2024 10:30:45.123456", "2024-01-15T10:30:45.1234560")]
    [InlineData("01/15/2024 10:30:45.123456789", "2024-01-15T10:30:45.1234567")]
    [InlineData("02/29/2024", "2024-02-29T00:00:00.0000000")]
    public void Documented_formats_parse(string text, string expected)
    {
        Assert.True(ParameterDates.TryParse(text, 2026, out var value));
        Assert.Equal(expected, value.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("01/15/2024 10:30:45.123456789", 123456789)]
    [InlineData("01/15/2024 10:30:45.5", 500000000)]
    [InlineData("01/15/2024 10:30:45.000000001", 1)]
    [InlineData("01/15/24 10:30:45.000123", 123000)]
    [InlineData("01/15/2024 10:30:45", 0)]
    public void The_fraction_is_kept_to_the_nanosecond(string text, int nanoseconds)
    {
        Assert.True(ParameterDates.TryParse(text, 2026, out _, out var fraction));
        Assert.Equal(nanoseconds, fraction);
    }

    [Theory]
    [InlineData(24, 2026, 2024)]
    [InlineData(49, 2026, 2049)]
    [InlineData(50, 2026, 1950)]
    [InlineData(99, 2026, 1999)]
    [InlineData(10, 2075, 2110)]
    [InlineData(60, 2075, 2060)]
    public void Two_digit_years_take_the_closest_century_as_RR_does(int year, int current, int expected) =>
        Assert.Equal(expected, ParameterDates.RoundYear(year, current));

    [Theory]
    [InlineData("2024-01-15")]
    [InlineData("13/01/2024")]
    [InlineData("02/30/2023")]
    [InlineData("01/15/024")]
    [InlineData("01/15/2024 24:00")]
    [InlineData("01/15/2024 10:30:45.")]
    [InlineData("01/15/2024 10:30:45.1234567890")]
    [InlineData("")]
    public void Other_text_is_not_a_date(string text) => Assert.False(ParameterDates.TryParse(text, 2026, out _));
}
