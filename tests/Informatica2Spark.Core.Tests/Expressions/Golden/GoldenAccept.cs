using System.Text.RegularExpressions;
using Informatica2Spark.Testing;

namespace Informatica2Spark.Core.Tests.Expressions.Golden;

/// <summary>
/// Accepting a reviewed change of translation into the golden table, as snapshots are accepted: with
/// <c>I2S_ACCEPT_SNAPSHOTS=1</c> (never under CI), a row's <c>sql</c> and <c>errorSql</c> are rewritten in its file to
/// what i2s generates, leaving every other line as written. Review the diff before committing.
/// </summary>
public static partial class GoldenAccept
{
    /// <summary>Rewrites the row's <paramref name="field"/> to <paramref name="value"/> (null removes it).</summary>
    public static void Write(GoldenCase row, string field, string? value)
    {
        var path = Path.Combine(GoldenTable.Directory, row.File);
        var lines = File.ReadAllLines(path).ToList();
        var start = lines.FindIndex(l => l.Trim() == $"- id: {row.Id}");
        if (start < 0)
        {
            return;
        }

        var end = lines.FindIndex(start + 1, l => l.TrimStart().StartsWith("- ", StringComparison.Ordinal) && !l.StartsWith("    ", StringComparison.Ordinal));
        end = end < 0 ? lines.Count : end;
        var existing = lines.FindIndex(start, end - start, l => l.StartsWith($"  {field}:", StringComparison.Ordinal));
        var text = value is null ? null : $"  {field}: {Scalar(value)}";
        if (existing >= 0)
        {
            if (text is null)
            {
                lines.RemoveAt(existing);
            }
            else
            {
                lines[existing] = text;
            }
        }
        else if (text is not null)
        {
            var after = lines.FindIndex(start, end - start, l => l.StartsWith(field == "errorSql" ? "  sql:" : "  source:", StringComparison.Ordinal));
            lines.Insert(after >= 0 ? after + 1 : end, text);
        }

        File.WriteAllText(path, string.Join("\n", lines) + "\n");
    }

    public static bool Enabled => Snapshot.AcceptEnabled;

    /// <summary>A YAML scalar: plain when it reads back as written, else single-quoted.</summary>
    private static string Scalar(string value) =>
        Plain().IsMatch(value) && !value.Contains(": ", StringComparison.Ordinal) && !value.Contains(" #", StringComparison.Ordinal) && !value.EndsWith(':')
            ? value
            : "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";

    [GeneratedRegex(@"^[A-Za-z0-9(:][^\n]*$")]
    private static partial Regex Plain();
}
