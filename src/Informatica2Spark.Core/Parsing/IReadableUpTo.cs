namespace Informatica2Spark.Core.Parsing;

/// <summary>
/// A failure found by a <see cref="ReadAheadStream"/>'s inspection that leaves the bytes before <see cref="Offset"/>
/// readable: the reader gets them, then the failure.
/// </summary>
internal interface IReadableUpTo
{
    /// <summary>How many of the stream's bytes, from its first, the reader may still have.</summary>
    long Offset { get; }
}
