using Informatica2Spark.Core.Expressions.Binding;
using Informatica2Spark.Core.Expressions.Sql;
using Informatica2Spark.Core.Expressions.Translation;
using Informatica2Spark.Core.Expressions.Types;

namespace Informatica2Spark.Core.Expressions.Functions.Special;

/// <summary>
/// CHOOSE(index, string1 [, string2, ..., stringN]) (TLR: Functions > CHOOSE): the string at the 1-based position
/// <c>index</c>; NULL when no string is at that position (0, negative, past the last) or the index is NULL. The stored
/// TLR page was not available; these are the semantics the TLR's syntax states. Numbers among the strings are
/// converted as <c>||</c> converts them. Spark's <c>elt</c> (NULL out of range with ANSI mode off); a non-integer
/// index is cast to INT. Only the chosen string counts: a row error in another one does not.
/// </summary>
public sealed class Choose : ExpressionFunction
{
    public override string Name => "CHOOSE";

    public override FunctionCategory Category => FunctionCategory.Special;

    public override string Syntax => "CHOOSE(index, string1 [, string2, ..., stringN])";

    public override int MinArguments => 2;

    public override int MaxArguments => int.MaxValue;

    public override bool EvaluatesAllArguments => false;

    public override PcType Bind(CallBinding call)
    {
        call.ExpectNumber(0);
        var length = 1;
        for (var i = 1; i < call.Count; i++)
        {
            call.ExpectString(i);
            length = Math.Max(length, call[i].Type.Kind == PcTypeKind.String ? call[i].Type.Precision : 29);
        }

        return PcType.String(length);
    }

    public override SqlExpr Translate(CallTranslation call)
    {
        var index = call.Int(0);
        var choices = Enumerable.Range(1, call.Count - 1).ToList();
        var errors = choices.Where(i => call.ErrorOf(i) is not null)
            .Select(i => new SqlWhen(new SqlBinary(SqlBinaryOperator.Equal, index, SqlLiteral.Int(i)), call.ErrorOf(i)!)).ToList();
        call.UseError(Lowered.FirstError([call.ErrorOf(0), errors.Count > 0 ? new SqlCase(errors, null) : null]));
        return new SqlFunction("elt", [index, .. choices.Select(call.String)]);
    }
}
