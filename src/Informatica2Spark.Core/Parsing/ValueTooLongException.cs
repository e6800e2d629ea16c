namespace Informatica2Spark.Core.Parsing;

/// <summary>A value is longer than the <see cref="ValueLengthGuard"/> allows; the position is its first character's.</summary>
internal sealed class ValueTooLongException(string kind, long limit, int line, int column)
    : Exception($"{kind} longer than {limit} characters"), IReadableUpTo
{
    /// <inheritdoc/>
    public long Offset { get; init; }

    /// <summary>What the value is: "an attribute value", "a text", "a comment"...</summary>
    public string Kind { get; } = kind;

    /// <summary>The limit it exceeds, in characters.</summary>
    public long Limit { get; } = limit;

    /// <summary>The line of its first character.</summary>
    public int Line { get; } = line;

    /// <summary>The column of its first character.</summary>
    public int Column { get; } = column;
}
