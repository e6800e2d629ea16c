using System.Globalization;

namespace Informatica2Spark.Core.Optimization;

/// <summary>How many rows a source instance is expected to hold (<c>--volume SOURCE=ROWS</c>).</summary>
public sealed record VolumeHint(string Source, long Rows)
{
    /// <summary><c>SOURCE=ROWS</c>, rows as digits with an optional k, m or b suffix (<c>ORDERS=20m</c>); null with a reason when malformed.</summary>
    public static (VolumeHint? Hint, string? Problem) Parse(string text)
    {
        var equals = text.IndexOf('=', StringComparison.Ordinal);
        if (equals <= 0)
        {
            return (null, $"--volume {text}: expected SOURCE=ROWS, for example ORDERS=20m");
        }

        var rows = text[(equals + 1)..].Trim().ToLowerInvariant();
        var factor = rows.EndsWith('k') ? 1_000L : rows.EndsWith('m') ? 1_000_000L : rows.EndsWith('b') ? 1_000_000_000L : 1L;
        var digits = factor == 1 ? rows : rows[..^1];
        return long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count <= long.MaxValue / factor
            ? (new VolumeHint(text[..equals].Trim(), count * factor), null)
            : (null, $"--volume {text}: '{rows}' is not a row count (digits with an optional k, m or b suffix)");
    }
}
