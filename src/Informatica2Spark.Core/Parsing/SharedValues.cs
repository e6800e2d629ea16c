namespace Informatica2Spark.Core.Parsing;

/// <summary>
/// One instance per frequent short attribute value ("NO", "0", "INPUT/OUTPUT", data types, ...) of an export being
/// read: the copy the reader just made dies young instead of being kept by the model, which holds a whole export.
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

    /// <summary>Longer values are returned as they are: they rarely repeat.</summary>
    public const int MaxLength = 40;

    private readonly string?[] _slots = new string?[Slots];

    /// <summary>The instance held for <paramref name="value"/>'s characters, or <paramref name="value"/> itself, kept from now on.</summary>
    public string Share(string value)
    {
        if (value.Length is 0 or > MaxLength)
        {
            return value;
        }

        ref var slot = ref _slots[Slot(value)];
        if (slot is { } held && string.Equals(held, value))
        {
            return held;
        }

        slot = value;
        return value;
    }

    /// <summary>FNV-1a over the UTF-16 code units, folded to a slot index.</summary>
    private static int Slot(string value)
    {
        var hash = 2166136261u;
        foreach (var c in value)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (int)((hash ^ (hash >> 15)) & (Slots - 1));
    }
}
