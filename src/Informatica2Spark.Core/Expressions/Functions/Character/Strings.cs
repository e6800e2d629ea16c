using System.Globalization;
using Informatica2Spark.Core.Expressions.Binding;
using Informatica2Spark.Core.Expressions.Sql;
using Informatica2Spark.Core.Expressions.Translation;
using Informatica2Spark.Core.Expressions.Types;

namespace Informatica2Spark.Core.Expressions.Functions.Character;

/// <summary>What the character functions share: the length of a converted argument, counts as INT, constant text.</summary>
internal static class Strings
{
    /// <summary>
    /// The characters a value has as a string: a string's precision; a number or date/time converted to text fits in
    /// 29 characters; an unknown or NULL value 4000, the default string precision.
    /// </summary>
    public static int Precision(PcType type) => type.Kind switch
    {
        PcTypeKind.String => type.Precision,
        _ when type.IsOpen => PcType.String().Precision,
        PcTypeKind.Binary => PcType.String().Precision,
        _ => 29,
    };

    /// <summary>The string type of a function that returns its first argument changed in place (UPPER, LTRIM, SUBSTR...).</summary>
    public static PcType SameLength(CallBinding call, int index = 0) => PcType.String(Precision(call[index].Type));

    /// <summary>
    /// A count or position argument as an INT. Integer constants are written as they are; a decimal or double is
    /// rounded to the nearest integer (TLR: SUBSTR, "If you pass a decimal, the function rounds it to the nearest
    /// integer value"), constants at conversion and other values with Spark's <c>round</c> (half away from zero).
    /// </summary>
    public static SqlExpr Count(CallTranslation call, int index)
    {
        if (IsConstantNumber(call.Bound(index), out var number))
        {
            var rounded = Math.Round(number, MidpointRounding.AwayFromZero);
            return rounded is >= int.MinValue and <= int.MaxValue ? SqlLiteral.Int((long)rounded) : new SqlCast(SqlLiteral.Int((long)Math.Clamp(rounded, long.MinValue, long.MaxValue)), SqlType.Int);
        }

        return call.TypeOf(index).Kind is PcTypeKind.Decimal or PcTypeKind.Double
            ? new SqlCast(new SqlFunction("round", call[index]), SqlType.Int)
            : call.Int(index);
    }

    /// <summary>
    /// The argument is a constant whose value as text is known at conversion: a string, a number as PowerCenter converts
    /// it, or a call worked out to a string constant (<c>CHR(39)</c>); null text for NULL.
    /// </summary>
    public static bool IsConstantText(CallTranslation call, int index, out string? text)
    {
        text = null;
        if (!call.IsLiteral(index, out var value))
        {
            if (call[index] is SqlLiteral { Value: string folded, Type.Kind: SqlTypeKind.String })
            {
                text = folded;
                return true;
            }

            return false;
        }

        text = value switch
        {
            null => null,
            string s => s,
            decimal d => d.ToString(CultureInfo.InvariantCulture),
            bool b => b ? "1" : "0",
            _ => null,
        };
        return value is null || text is not null;
    }

    /// <summary>The argument is an integer constant (a literal, or a negated one such as <c>-1</c>): its value.</summary>
    public static bool IsConstantInt(CallTranslation call, int index, out int number)
    {
        number = 0;
        if (IsConstantNumber(call.Bound(index), out var d) && d == Math.Truncate(d) && d is >= int.MinValue and <= int.MaxValue)
        {
            number = (int)d;
            return true;
        }

        return false;
    }

    /// <summary>A numeric literal, or the negation of one: its value.</summary>
    public static bool IsConstantNumber(BoundExpression bound, out decimal number)
    {
        switch (bound)
        {
            case BoundLiteral { Value: decimal d }:
                number = d;
                return true;
            case BoundUnary { Operator: Syntax.UnaryOperator.Negate, Operand: var operand } when IsConstantNumber(operand, out var inner):
                number = -inner;
                return true;
            default:
                number = 0;
                return false;
        }
    }

    /// <summary>One of the first <paramref name="count"/> arguments (all when null) is the constant NULL, which makes the result NULL.</summary>
    public static bool AnyNullLiteral(CallTranslation call, int? count = null) =>
        Enumerable.Range(0, Math.Min(count ?? call.Count, call.Count)).Any(i => call.IsLiteral(i, out var value) && value is null);

    /// <summary>
    /// Checks the arguments that are present by a letter each: <c>s</c> a string (numbers and dates converted),
    /// <c>n</c> a number; so <c>"sns"</c> is a string, a number, and an optional string.
    /// </summary>
    public static void Expect(CallBinding call, string kinds)
    {
        for (var i = 0; i < Math.Min(kinds.Length, call.Count); i++)
        {
            _ = kinds[i] == 'n' ? call.ExpectNumber(i) : call.ExpectString(i);
        }
    }

    /// <summary>A call of a Spark function.</summary>
    public static SqlFunction Call(string name, params SqlExpr[] arguments) => new(name, arguments);

    /// <summary>A typed NULL string, for a result known to be NULL.</summary>
    public static SqlExpr NullString => new SqlCast(SqlNull.Instance, SqlType.String);
}
