using Informatica2Spark.Core.Expressions.Binding;
using Informatica2Spark.Core.Expressions.Sql;
using Informatica2Spark.Core.Expressions.Translation;
using Informatica2Spark.Core.Expressions.Types;

namespace Informatica2Spark.Core.Expressions.Functions.Character;

/// <summary>
/// INSTR(string, search_value [, start [, occurrence [, comparison_type]]]) (TLR: Functions > INSTR, 10.4.0): the
/// position of the first character of the occurrence-th match of search_value, counting from the left; 0 when there is
/// none (<c>INSTR('Alfred Pope', 'Alfred Smith')</c> is 0); NULL when a value is NULL. The search is case sensitive.
/// start 0 and 1 search from the first character; a positive start counts from the beginning; a negative start counts
/// from the end and the search goes backward from there (a match may begin at that position). occurrence is a
/// positive integer, default 1. comparison_type 0 (linguistic, the default) or 1 (binary) matters only in Unicode mode.
/// <para>Spark's <c>instr</c> has no start or occurrence. A forward search is <c>locate(search, string, start)</c>, the
/// n-th match found by searching again one character after the previous one (matches may overlap, as in Oracle); a
/// backward search is a forward search of the reversed search value in the reversed string, its position mapped
/// back. Up to the third occurrence (a constant) the searches are nested; a later or computed occurrence uses
/// <c>substring_index</c>, which counts matches the same way. A NULL start gives NULL (Spark's <c>locate</c> would
/// give 0).</para>
/// <para>The comparison is always binary: a linguistic comparison in Unicode mode also matches language-specific
/// equivalents (the TLR's example: German ß matches "ss"), which i2s does not reproduce.</para>
/// </summary>
public sealed class Instr : ExpressionFunction
{
    /// <summary>The last constant occurrence searched by nested <c>locate</c>s (each level doubles the text).</summary>
    private const int NestedOccurrences = 3;

    public override string Name => "INSTR";

    public override FunctionCategory Category => FunctionCategory.Character;

    public override string Syntax => "INSTR(string, search_value [, start [, occurrence [, comparison_type]]])";

    public override int MinArguments => 2;

    public override int MaxArguments => 5;

    public override PcType Bind(CallBinding call)
    {
        Strings.Expect(call, "ssnnn");
        if (call.Count > 3 && Strings.IsConstantNumber(call[3], out var occurrence) && occurrence < 1)
        {
            call.Problem(3, "occurrence must be a positive integer greater than 0");
        }

        if (call.Count == 5 && call.ExpectIntegerLiteral(4, "comparison_type") is { } type && type is not (0 or 1))
        {
            call.Problem(4, "comparison_type must be 0 (linguistic) or 1 (binary)");
        }

        return PcType.Integer;
    }

    public override SqlExpr Translate(CallTranslation call)
    {
        if (Strings.AnyNullLiteral(call, 4))
        {
            return new SqlCast(SqlNull.Instance, SqlType.Int);
        }

        var search = new Search(call.String(0), call.String(1), Strings.IsConstantText(call, 1, out var text) ? text : null);
        var occurrence = call.Count > 3 ? Strings.Count(call, 3) : SqlLiteral.Int(1);
        var constantOccurrence = call.Count > 3 ? (Strings.IsConstantInt(call, 3, out var n) ? n : (int?)null) : 1;
        if (call.Count < 3)
        {
            return Strings.Call("instr", search.Value, search.Target);
        }

        if (Strings.IsConstantInt(call, 2, out var start))
        {
            return start >= 0
                ? Forward(search, SqlLiteral.Int(Math.Max(start, 1)), occurrence, constantOccurrence)
                : Backward(search, SqlLiteral.Int(start), occurrence, constantOccurrence);
        }

        var position = Strings.Count(call, 2);
        return new SqlCase(
            [
                new SqlWhen(new SqlIsNull(position), new SqlCast(SqlNull.Instance, SqlType.Int)),
                new SqlWhen(new SqlBinary(SqlBinaryOperator.Less, position, SqlLiteral.Int(0)), Backward(search, position, occurrence, constantOccurrence)),
            ],
            Forward(search, AtLeastOne(position), occurrence, constantOccurrence));
    }

    /// <summary>The string searched, the search value, and the search value's text when it is a constant.</summary>
    private sealed record Search(SqlExpr Value, SqlExpr Target, string? Constant)
    {
        public SqlExpr Length => Constant is { } text ? SqlLiteral.Int(text.Length) : Strings.Call("length", Target);

        public SqlExpr ReversedTarget => Constant is { } text ? SqlLiteral.String(Reverse(text)) : Strings.Call("reverse", Target);

        private static string Reverse(string text)
        {
            var chars = text.ToCharArray();
            Array.Reverse(chars);
            return new string(chars);
        }
    }

    /// <summary>The position of the n-th match at or after <paramref name="from"/> (at least 1).</summary>
    private static SqlExpr Forward(Search search, SqlExpr from, SqlExpr occurrence, int? constant)
    {
        if (constant is { } n and >= 1 and <= NestedOccurrences)
        {
            return Nested(search.Target, search.Value, from, n);
        }

        // The text from the start position; the n-th match begins after the text substring_index keeps before it.
        var rest = Strings.Call("substring", search.Value, from);
        var before = Strings.Call("substring_index", rest, search.Target, occurrence);
        return Counted(occurrence, Strings.Call("length", before), Strings.Call("length", rest),
            Add(Strings.Call("length", before), from));
    }

    /// <summary>The position of the n-th match beginning at or before the position <paramref name="start"/> counts from the end (negative).</summary>
    private static SqlExpr Backward(Search search, SqlExpr start, SqlExpr occurrence, int? constant)
    {
        var length = Strings.Call("length", search.Value);
        if (constant is { } n and >= 1 and <= NestedOccurrences)
        {
            // A match beginning at or before the start is one of the reversed value in the reversed string at or
            // after 1 - start - len(search); a match at reversed position j begins at len(string) + 2 - len(search) - j.
            var from = AtLeastOne(Sub(Sub(SqlLiteral.Int(1), start), search.Length));
            var found = Nested(search.ReversedTarget, Strings.Call("reverse", search.Value), from, n);
            var position = Sub(Sub(Add(length, SqlLiteral.Int(2)), search.Length), found);
            return new SqlCase([new SqlWhen(new SqlBinary(SqlBinaryOperator.Equal, found, SqlLiteral.Int(0)), SqlLiteral.Int(0))], position);
        }

        // The text in which a match can begin at or before the start; substring_index with -n keeps what follows
        // the n-th match from the end.
        var head = Strings.Call("substring", search.Value, SqlLiteral.Int(1), Add(Add(length, start), search.Length));
        var after = Strings.Call("substring_index", head, search.Target, Sub(SqlLiteral.Int(0), occurrence));
        var match = Sub(Sub(Strings.Call("length", head), Strings.Call("length", after)), Sub(search.Length, SqlLiteral.Int(1)));
        return Counted(occurrence, Strings.Call("length", after), Strings.Call("length", head), match);
    }

    /// <summary>The n-th match by nested <c>locate</c>s, each one character after the previous match; 0 once one fails.</summary>
    private static SqlExpr Nested(SqlExpr target, SqlExpr value, SqlExpr from, int n)
    {
        SqlExpr found = Strings.Call("locate", target, value, from);
        for (var i = 2; i <= n; i++)
        {
            found = new SqlCase(
                [new SqlWhen(new SqlBinary(SqlBinaryOperator.Equal, found, SqlLiteral.Int(0)), SqlLiteral.Int(0))],
                Strings.Call("locate", target, value, Add(found, SqlLiteral.Int(1))));
        }

        return found;
    }

    /// <summary>The match position when substring_index found n matches (it kept less than the whole text), else 0.</summary>
    private static SqlExpr Counted(SqlExpr occurrence, SqlExpr kept, SqlExpr whole, SqlExpr position)
    {
        SqlExpr found = new SqlBinary(SqlBinaryOperator.Less, kept, whole);
        var condition = occurrence is SqlLiteral { Value: long n and > 0 } ? found : new SqlBinary(SqlBinaryOperator.And, new SqlBinary(SqlBinaryOperator.Greater, occurrence, SqlLiteral.Int(0)), found);
        return new SqlCase([new SqlWhen(condition, position)], SqlLiteral.Int(0));
    }

    /// <summary>The value, or 1 when less: worked out for a constant.</summary>
    private static SqlExpr AtLeastOne(SqlExpr value) => value is SqlLiteral { Value: long n }
        ? SqlLiteral.Int(Math.Max(n, 1))
        : new SqlCase([new SqlWhen(new SqlBinary(SqlBinaryOperator.Less, value, SqlLiteral.Int(1)), SqlLiteral.Int(1))], value);

    private static SqlExpr Add(SqlExpr a, SqlExpr b) => Linear(a, b, 1);

    private static SqlExpr Sub(SqlExpr a, SqlExpr b) => Linear(a, b, -1);

    /// <summary><c>a + b</c> or <c>a - b</c> with integer constants folded: <c>(x + 2) - 1</c> is <c>x + 1</c>.</summary>
    private static SqlExpr Linear(SqlExpr a, SqlExpr b, int sign)
    {
        var (left, k1) = Split(a);
        var (right, k2) = Split(b);
        var constant = k1 + (sign * k2);
        SqlExpr? terms = (left, right) switch
        {
            (null, null) => null,
            (null, { } r) => sign > 0 ? r : new SqlUnary(SqlUnaryOperator.Negate, r),
            ({ } l, null) => l,
            ({ } l, { } r) => new SqlBinary(sign > 0 ? SqlBinaryOperator.Add : SqlBinaryOperator.Subtract, l, r),
        };
        return terms is null ? SqlLiteral.Int(constant)
            : constant == 0 ? terms
            : new SqlBinary(constant > 0 ? SqlBinaryOperator.Add : SqlBinaryOperator.Subtract, terms, SqlLiteral.Int(Math.Abs(constant)));
    }

    private static (SqlExpr? Terms, long Constant) Split(SqlExpr value) => value switch
    {
        SqlLiteral { Value: long n } => (null, n),
        SqlBinary { Operator: SqlBinaryOperator.Add, Left: var l, Right: SqlLiteral { Value: long n } } => (l, n),
        SqlBinary { Operator: SqlBinaryOperator.Subtract, Left: var l, Right: SqlLiteral { Value: long n } } => (l, -n),
        _ => (value, 0),
    };
}
