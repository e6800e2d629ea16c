using System;
using System.Collections.Generic;

namespace Informatica2Spark.Runtime;

/// <summary>
/// How one target load is written: the target instance, the Spark data source format (<c>jdbc</c>, <c>csv</c>,
/// <c>text</c>...), the save mode (<c>append</c> or <c>overwrite</c>), and the data source options in the order the
/// converter chose them (values already substituted and secrets resolved by the driver).
/// </summary>
public sealed record TargetWriteSpec(string Target, string Format, string Mode, IReadOnlyList<KeyValuePair<string, string>> Options)
{
    /// <summary>One option of <see cref="Options"/>.</summary>
    public static KeyValuePair<string, string> Option(string key, string value) => new KeyValuePair<string, string>(key, value);
}

/// <summary>
/// The rows of one target load as the writer sees them, implemented by the driver over its Spark <c>DataFrame</c>, so
/// this library needs no Spark package: <see cref="Save"/> is <c>DataFrame.Write().Format(format).Mode(mode)</c>, each
/// option, then <c>Save()</c> (Spark: DataFrameWriter).
/// </summary>
public interface ITargetRows
{
    /// <summary>Writes every row with Spark's batch writer.</summary>
    void Save(string format, string mode, IReadOnlyList<KeyValuePair<string, string>> options);
}

/// <summary>
/// The one entry point a driver writes a target through: today a plain batch write of the rows with the spec's format,
/// save mode and options (a session that inserts rows: PowerCenter's Insert, with Truncate target table as an
/// overwrite). Loads that update or delete rows are refused at conversion until a writer for them is added here.
/// </summary>
public static class TargetWriter
{
    /// <exception cref="ArgumentNullException">No rows or no spec.</exception>
    public static void Write(ITargetRows rows, TargetWriteSpec spec)
    {
        if (rows is null)
        {
            throw new ArgumentNullException(nameof(rows));
        }

        if (spec is null)
        {
            throw new ArgumentNullException(nameof(spec));
        }

        rows.Save(spec.Format, spec.Mode, spec.Options);
    }
}
