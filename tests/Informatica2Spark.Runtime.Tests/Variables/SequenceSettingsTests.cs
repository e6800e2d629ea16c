using Xunit;

namespace Informatica2Spark.Runtime.Tests.Variables;

/// <summary>
/// The Current Value after a run (TG: Sequence Generator Transformation > Sequence Generator Properties): the last
/// value used plus Increment By, wrapped into Start Value..End Value when the sequence cycles.
/// </summary>
public sealed class SequenceSettingsTests
{
    [Theory]
    [InlineData(1, 3, 0, 1, long.MaxValue, false, 4)]
    [InlineData(10, 4, 0, 5, long.MaxValue, false, 30)]
    // Start 1, Increment 2, End 8, Cycle: 5, 7, 1, 3 were used, so the next is 5.
    [InlineData(5, 4, 1, 2, 8, true, 5)]
    [InlineData(5, 2, 1, 2, 8, true, 1)]
    [InlineData(5, 0, 1, 2, 8, true, 5)]
    public void Next_is_the_value_after_the_rows_numbered(long current, long rows, long start, long increment, long end, bool cycle, long expected) =>
        Assert.Equal(expected, new SequenceSettings(start, increment, end, cycle).Next(current, rows));
}
