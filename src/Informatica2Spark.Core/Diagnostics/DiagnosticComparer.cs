namespace Informatica2Spark.Core.Diagnostics;

/// <summary>The one ordering of diagnostics used in every output: file, line, column, code, object path, message.</summary>
public sealed class DiagnosticComparer : IComparer<Diagnostic>
{
    public static DiagnosticComparer Instance { get; } = new();

    public int Compare(Diagnostic? x, Diagnostic? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null)
        {
            return -1;
        }

        if (y is null)
        {
            return 1;
        }

        var c = string.CompareOrdinal(x.Location.File, y.Location.File);
        if (c == 0) c = x.Location.Line.CompareTo(y.Location.Line);
        if (c == 0) c = x.Location.Column.CompareTo(y.Location.Column);
        if (c == 0) c = string.CompareOrdinal(x.Code, y.Code);
        if (c == 0) c = string.CompareOrdinal(x.Location.ObjectPath, y.Location.ObjectPath);
        if (c == 0) c = string.CompareOrdinal(x.Message, y.Message);
        return c;
    }
}
