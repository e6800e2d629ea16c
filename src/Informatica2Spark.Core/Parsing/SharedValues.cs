namespace Informatica2Spark.Core.Parsing;

/// <summary>
/// One instance per frequent short attribute value ("NO", "0", "INPUT/OUTPUT", data types, ...) of an export being
/// read: a value the cache holds is handed out again without a new string, and the model, which holds a whole export,
/// keeps one instance of it.
/// </summary>
/// <remarks>
/// A direct-mapped cache of <see cref="Slots"/> values (a value's slot is given by a hash of its characters; a value
/// that meets another in its slot takes the slot over), small enough to stay in the processor's cache: the values
/// that repeat across an export stay, rare ones pass through. What it returns always equals what it is given.
/// </remarks>
internal sealed class SharedValues
{
    /// <summary>The number of values held at most.</summary>
    public const int Slots = 1 << 14;

    /// <summary>Longer values get a string of their own: they rarely repeat.</summary>
    public const int MaxLength = 40;

    private readonly string?[] _slots = new string?[Slots];

    /// <summary>
    /// The instance held for <paramref name="value"/>'s characters, else a new string of them (kept from now on when
    /// it is short): a value the cache holds costs no allocation.
    /// </summary>
    public string Share(ReadOnlySpan<char> value)
    {
        if (value.Length == 0)
        {
            return string.Empty;
        }

        if (value.Length > MaxLength)
        {
            return new string(value);
        }

        ref var slot = ref _slots[Slot(value)];
        if (slot is { } held && value.SequenceEqual(held))
        {
            return held;
        }

        var made = new string(value);
        slot = made;
        return made;
    }

    private static int Slot(ReadOnlySpan<char> value)
    {
        var hash = 2166136261u;
        foreach (var c in value)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (int)((hash ^ (hash >> 15)) & (Slots - 1));
    }
}
