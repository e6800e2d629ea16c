using Informatica2Spark.Core.Expressions.Binding;
using Informatica2Spark.Core.Expressions.Sql;
using Informatica2Spark.Core.Expressions.Translation;
using Informatica2Spark.Core.Expressions.Types;

namespace Informatica2Spark.Core.Expressions.Functions.Special;

/// <summary>
/// DECODE(value, search1, result1 [, search2, result2]... [, default]) (TLR: Functions > DECODE): the result of
/// the first search equal to the value (exact and case-sensitive), else the default, else NULL. A NULL value
/// matches a NULL search: the TLR is silent on it, practitioners report <c>DECODE(NULL, NULL, 1, 2)</c> returns 1,
/// and i2s takes that as the documented assumption (docs/expressions.md), using Spark's null-safe <c>&lt;=&gt;</c>.
/// <c>DECODE(TRUE, condition1, result1, ...)</c> becomes a plain CASE over the conditions.
/// </summary>
public sealed class Decode : ExpressionFunction
{
    public override string Name => "DECODE";

    public override FunctionCategory Category => FunctionCategory.Special;

    public override string Syntax => "DECODE(value, search1, result1 [, search2, result2]... [, default])";

    public override int MinArguments => 3;

    public override int MaxArguments => int.MaxValue;

    public override bool EvaluatesAllArguments => false;

    public override PcType Bind(CallBinding call)
    {
        var value = call[0].Type;
        PcType? result = null;
        for (var i = 1; i < call.Count; i++)
        {
            var isSearch = i % 2 == 1 && i + 1 < call.Count;
            var type = call[i].Type.Kind == PcTypeKind.Boolean && !isSearch ? PcType.Integer : call[i].Type;
            if (isSearch)
            {
                if (!Comparable(value, type))
                {
                    call.Problem(i, $"search {i / 2 + 1} must have the value's type ({value}), not {type}");
                }

                continue;
            }

            var common = result is { } r ? PcTypes.Common(r, type) : type;
            if (common is null)
            {
                call.Problem(i, $"the results must be of one type, not {result} and {type}");
                continue;
            }

            result = common;
        }

        return result ?? PcType.Null;
    }

    private static bool Comparable(PcType a, PcType b) =>
        a.IsOpen || b.IsOpen || (a.IsNumberLike && b.IsNumberLike) || a.Kind == b.Kind;

    public override SqlExpr Translate(CallTranslation call)
    {
        var type = call.ResultType;
        var pairs = (call.Count - 1) / 2;
        var hasDefault = call.Count % 2 == 0;
        var byCondition = call.IsLiteral(0, out var constant) && constant is true;
        var whens = new List<SqlWhen>();
        var errors = new List<SqlWhen>();
        for (var pair = 0; pair < pairs; pair++)
        {
            var search = 1 + (pair * 2);
            var match = byCondition ? call.Condition(search) : Match(call, search);
            whens.Add(new SqlWhen(match, Iif.Branch(call, search + 1, type)));
            if (call.ErrorOf(search + 1) is { } error)
            {
                errors.Add(new SqlWhen(match, error));
            }
        }

        var otherwise = hasDefault ? Iif.Branch(call, call.Count - 1, type) : null;
        var searchErrors = Enumerable.Range(0, pairs).Select(p => call.ErrorOf(1 + (p * 2)));
        var resultError = errors.Count > 0 || (hasDefault && call.ErrorOf(call.Count - 1) is not null)
            ? new SqlCase(errors, hasDefault ? call.ErrorOf(call.Count - 1) : null)
            : null;
        call.UseError(Lowered.FirstError([call.ErrorOf(0), .. searchErrors, resultError]));
        return new SqlCase(whens, otherwise);
    }

    /// <summary>
    /// The value equals the search, NULL matching NULL: <c>IS NULL</c> for a NULL search, <c>=</c> for another
    /// constant (a NULL value matches no constant either way), <c>&lt;=&gt;</c> otherwise. An integer constant
    /// compares as an integer: comparing in Double gives the same answer.
    /// </summary>
    private static SqlExpr Match(CallTranslation call, int search)
    {
        if (call.IsLiteral(search, out var literal) && literal is null)
        {
            return new SqlIsNull(call[0]);
        }

        var valueType = call.TypeOf(0);
        var searchType = call.Bound(search) is BoundLiteral { IsIntegerConstant: true } && valueType.IsNumeric ? valueType : call.TypeOf(search);
        var operand = call.Bound(0) is BoundLiteral { IsIntegerConstant: true } && searchType.IsNumeric ? searchType : PcTypes.Common(valueType, searchType) ?? valueType;
        var value = operand.IsNumeric ? call.Number(0, operand) : call[0];
        var wanted = operand.IsNumeric ? call.Number(search, operand) : call[search];
        return new SqlBinary(literal is not null ? SqlBinaryOperator.Equal : SqlBinaryOperator.NullSafeEqual, value, wanted);
    }
}
