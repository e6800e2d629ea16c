using Informatica2Spark.Core.Expressions.Binding;
using Informatica2Spark.Core.Expressions.Sql;
using Informatica2Spark.Core.Expressions.Translation;
using Informatica2Spark.Core.Expressions.Types;

namespace Informatica2Spark.Core.Expressions.Functions.Special;

/// <summary>
/// IIF(condition, value1 [, value2]) (TLR: Functions > IIF): value1 when the condition is TRUE, else value2; a NULL
/// condition counts as FALSE. Without value2 the FALSE result is 0 for a numeric value1, an empty string for a
/// string, NULL for a date/time. The result has the type of the branch with the greatest precision.
/// </summary>
public sealed class Iif : ExpressionFunction
{
    public override string Name => "IIF";

    public override FunctionCategory Category => FunctionCategory.Special;

    public override string Syntax => "IIF(condition, value1 [, value2])";

    public override int MinArguments => 2;

    public override int MaxArguments => 3;

    public override bool EvaluatesAllArguments => false;

    public override PcType Bind(CallBinding call)
    {
        call.ExpectCondition(0);
        var value1 = call[1].Type.Kind == PcTypeKind.Boolean ? PcType.Integer : call[1].Type;
        if (call.Count == 2)
        {
            return value1;
        }

        var value2 = call[2].Type.Kind == PcTypeKind.Boolean ? PcType.Integer : call[2].Type;
        if (PcTypes.Common(value1, value2) is { } common)
        {
            return common;
        }

        call.Problem(2, $"value1 and value2 must be of one type, not {value1} and {value2}");
        return value1;
    }

    public override SqlExpr Translate(CallTranslation call)
    {
        var type = call.ResultType;
        var otherwise = call.Count == 3 ? Branch(call, 2, type) : DefaultFalse(type);
        var condition = call.Condition(0);
        call.UseError(Lowered.FirstError([call.ErrorOf(0), Choose(condition, call.ErrorOf(1), call.Count == 3 ? call.ErrorOf(2) : null)]));
        return new SqlCase([new SqlWhen(condition, Branch(call, 1, type))], otherwise);
    }

    /// <summary>A branch in the result type: numbers widened, booleans as 1 or 0.</summary>
    internal static SqlExpr Branch(CallTranslation call, int index, PcType type) =>
        type.IsNumeric ? call.Number(index, type) : call[index];

    /// <summary>IIF's FALSE result when value2 is omitted: 0, an empty string, or NULL for dates.</summary>
    private static SqlExpr? DefaultFalse(PcType type) => type.Kind switch
    {
        _ when type.IsNumeric => Conversions.NumberLiteral(0, type),
        PcTypeKind.String => SqlLiteral.String(string.Empty),
        _ => null,
    };

    private static SqlExpr? Choose(SqlExpr condition, SqlExpr? whenTrue, SqlExpr? whenFalse) =>
        whenTrue is null && whenFalse is null ? null : new SqlCase([new SqlWhen(condition, whenTrue ?? SqlNull.Instance)], whenFalse);
}
