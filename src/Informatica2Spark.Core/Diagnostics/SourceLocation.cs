namespace Informatica2Spark.Core.Diagnostics;

/// <summary>
/// Where a finding points: a file (as the user named it, never made absolute), a 1-based line and column when
/// known (0 when not), and an object path such as <c>FOLDER/WF:wf_load/ST:s_load</c>.
/// </summary>
public sealed record SourceLocation(string? File, int Line = 0, int Column = 0, string? ObjectPath = null)
{
    public static SourceLocation None { get; } = new(File: null);

    public SourceLocation WithPath(string? objectPath) => this with { ObjectPath = objectPath };

    /// <summary><c>file:line:column</c>, omitting the parts that are unknown.</summary>
    public string FilePosition()
    {
        if (File is null)
        {
            return string.Empty;
        }

        return Line > 0
            ? Column > 0 ? $"{File}:{Line}:{Column}" : $"{File}:{Line}"
            : File;
    }
}
