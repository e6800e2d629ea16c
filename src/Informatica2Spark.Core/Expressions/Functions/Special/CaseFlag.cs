using Informatica2Spark.Core.Expressions.Binding;
using Informatica2Spark.Core.Expressions.Sql;
using Informatica2Spark.Core.Expressions.Translation;
using Informatica2Spark.Core.Expressions.Types;

namespace Informatica2Spark.Core.Expressions.Functions.Special;

/// <summary>
/// The optional CaseFlag that ends the arguments of GREATEST, LEAST and IN (TLR: Functions > GREATEST, LEAST, IN): for
/// strings, "When CaseFlag is a number other than 0, the function is case sensitive. When CaseFlag is a null value or
/// 0, the function is not case sensitive"; without it the comparison is case sensitive. Nothing in the call marks the
/// last argument as the flag, so i2s takes it as the flag when the values are strings and it is not (a number, TRUE,
/// FALSE or NULL); among numbers or dates every argument is a value. Case-insensitive comparisons compare
/// <c>lower</c> of both sides.
/// </summary>
internal static class CaseFlag
{
    /// <summary>The index of the flag among the arguments, or null: the last one when the first is a string and the last is not.</summary>
    public static int? Find(CallBinding call, int minimumValues)
    {
        var last = call.Count - 1;
        return last >= minimumValues && call[0].Type.Kind == PcTypeKind.String && call[last].Type.IsNumberLike ? last : null;
    }

    /// <summary>
    /// The type the values (the arguments before <paramref name="end"/>) are compared in: their common type, leaving
    /// out integer constants when another value is a number (<c>GREATEST(QTY, 0)</c> stays an Integer, as DECODE
    /// compares). <paramref name="mismatch"/> is the first argument whose type does not go with the others.
    /// </summary>
    public static PcType ValueType(IReadOnlyList<BoundExpression> arguments, int end, out int? mismatch)
    {
        mismatch = null;
        PcType all = PcType.Null, typed = PcType.Null;
        for (var i = 0; i < end; i++)
        {
            var type = arguments[i].Type.Kind == PcTypeKind.Boolean ? PcType.Integer : arguments[i].Type;
            if (type.Kind == PcTypeKind.Binary || PcTypes.Common(all, type) is not { } common)
            {
                mismatch ??= i;
                continue;
            }

            all = common;
            if (arguments[i] is not BoundLiteral { IsIntegerConstant: true })
            {
                typed = PcTypes.Common(typed, type) ?? typed;
            }
        }

        return typed.Kind == PcTypeKind.Null ? all : typed;
    }

    /// <summary>The values' type (<see cref="ValueType"/>), reporting an argument that does not go with the others.</summary>
    public static PcType CheckValues(CallBinding call, int end)
    {
        var type = ValueType(call.Arguments, end, out var mismatch);
        if (mismatch is { } i)
        {
            call.Problem(i, $"argument {i + 1} must be of the type of the other values ({type}), not {call[i].Type}");
        }

        return type;
    }

    /// <summary>
    /// The comparison, case sensitive or not as the flag says: the sensitive form without a flag or with a non-zero
    /// constant, the insensitive one with 0 or NULL, and a CASE on the flag's value otherwise.
    /// </summary>
    public static SqlExpr Apply(CallTranslation call, int? flag, Func<SqlExpr> sensitive, Func<SqlExpr> insensitive)
    {
        if (flag is not { } index)
        {
            return sensitive();
        }

        if (call.IsLiteral(index, out var value))
        {
            return value is decimal number && number != 0 || value is true ? sensitive() : insensitive();
        }

        return new SqlCase([new SqlWhen(call.Condition(index), sensitive())], insensitive());
    }

    /// <summary>A value in lower case; a string constant is lowered here.</summary>
    public static SqlExpr Lower(SqlExpr value) =>
        value is SqlLiteral { Value: string text } ? SqlLiteral.String(text.ToLowerInvariant()) : new SqlFunction("lower", value);

    /// <summary>
    /// An argument as a value of <paramref name="type"/>: numbers converted to it (an integer constant written in it,
    /// so <c>IN(QTY, 1, 2)</c> compares with <c>1</c> and <c>2</c>), other values as they are.
    /// </summary>
    public static SqlExpr Value(CallTranslation call, int index, PcType type) =>
        type.IsNumeric ? call.Number(index, type) : call[index];
}
