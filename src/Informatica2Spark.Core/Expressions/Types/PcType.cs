using System.Globalization;

namespace Informatica2Spark.Core.Expressions.Types;

/// <summary>
/// The transformation datatypes of PowerCenter (DG: Datatype Reference > Transformation Datatypes), as the binder
/// infers them for every node. <see cref="Boolean"/> stands for the result of a comparison or logical operator:
/// PowerCenter has no boolean datatype and uses 1 for TRUE and 0 for FALSE, which is how a boolean converts to a
/// number. <see cref="Null"/> is the type of the NULL constant, <see cref="Unknown"/> of a node that did not bind.
/// </summary>
public enum PcTypeKind
{
    Unknown,
    Null,
    Boolean,
    String,
    Integer,
    BigInt,
    Decimal,
    Double,
    DateTime,
    Binary,
}

/// <summary>
/// A PowerCenter type with its precision (characters of a string, digits of a decimal) and scale (digits after the
/// point of a decimal). Decimal precision is 1 to 28 digits (DG: Decimal datatype); strings default to 4000 characters
/// when a length is not known.
/// </summary>
public readonly record struct PcType(PcTypeKind Kind, int Precision = 0, int Scale = 0)
{
    /// <summary>The largest decimal precision PowerCenter computes with high precision on.</summary>
    public const int MaxDecimalPrecision = 28;

    public static PcType Unknown { get; } = new(PcTypeKind.Unknown);

    public static PcType Null { get; } = new(PcTypeKind.Null);

    public static PcType Boolean { get; } = new(PcTypeKind.Boolean);

    public static PcType Integer { get; } = new(PcTypeKind.Integer, 10);

    public static PcType BigInt { get; } = new(PcTypeKind.BigInt, 19);

    public static PcType Double { get; } = new(PcTypeKind.Double, 15);

    public static PcType DateTime { get; } = new(PcTypeKind.DateTime, 29, 9);

    public static PcType Binary { get; } = new(PcTypeKind.Binary);

    /// <summary>A string of <paramref name="precision"/> characters (4000 when not known).</summary>
    public static PcType String(int precision = 4000) => new(PcTypeKind.String, precision <= 0 ? 4000 : precision);

    /// <summary>A decimal, clamped to 1..28 digits with 0..precision digits after the point.</summary>
    public static PcType Decimal(int precision, int scale)
    {
        var p = Math.Clamp(precision, 1, MaxDecimalPrecision);
        return new PcType(PcTypeKind.Decimal, p, Math.Clamp(scale, 0, p));
    }

    public bool IsNumeric => Kind is PcTypeKind.Integer or PcTypeKind.BigInt or PcTypeKind.Decimal or PcTypeKind.Double;

    /// <summary>Integer or BigInt.</summary>
    public bool IsIntegral => Kind is PcTypeKind.Integer or PcTypeKind.BigInt;

    /// <summary>Usable where a number is expected: numbers, booleans (1 or 0) and NULL.</summary>
    public bool IsNumberLike => IsNumeric || Kind is PcTypeKind.Boolean or PcTypeKind.Null or PcTypeKind.Unknown;

    /// <summary>Unknown or NULL: fits anywhere without a further diagnostic.</summary>
    public bool IsOpen => Kind is PcTypeKind.Unknown or PcTypeKind.Null;

    /// <summary>The name PowerCenter gives the type: <c>string(10)</c>, <c>integer</c>, <c>decimal(10,2)</c>, <c>date/time</c>...</summary>
    public override string ToString() => Kind switch
    {
        PcTypeKind.String => string.Create(CultureInfo.InvariantCulture, $"string({Precision})"),
        PcTypeKind.Decimal => string.Create(CultureInfo.InvariantCulture, $"decimal({Precision},{Scale})"),
        PcTypeKind.DateTime => "date/time",
        PcTypeKind.BigInt => "bigint",
        _ => Kind.ToString().ToLowerInvariant(),
    };
}
