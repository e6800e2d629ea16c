using Informatica2Spark.Core.Expressions.Binding;
using Informatica2Spark.Core.Expressions.Sql;
using Informatica2Spark.Core.Expressions.Translation;
using Informatica2Spark.Core.Expressions.Types;

namespace Informatica2Spark.Core.Expressions.Functions.Special;

/// <summary>
/// IN(valueToSearch, value1, [value2, ..., valueN,] CaseFlag) (TLR: Functions > IN): TRUE (1) when the value equals
/// one of the list, FALSE (0) when it equals none, NULL when it is NULL. Strings match case sensitively unless the
/// CaseFlag says otherwise (<see cref="CaseFlag"/>). A NULL in the list matches nothing, so a value found nowhere is
/// FALSE even then (SQL's IN would give NULL). The stored TLR page was not available; these are the semantics of the
/// TLR's syntax and return value as the notes record them. Spark's <c>IN</c>; with a list of constants that are not
/// NULL it already gives TRUE, FALSE or NULL as IN does.
/// </summary>
public sealed class In : ExpressionFunction
{
    public override string Name => "IN";

    public override FunctionCategory Category => FunctionCategory.Special;

    public override string Syntax => "IN(valueToSearch, value1, [value2, ..., valueN,] CaseFlag)";

    public override int MinArguments => 2;

    public override int MaxArguments => int.MaxValue;

    public override PcType Bind(CallBinding call)
    {
        var flag = CaseFlag.Find(call, 2);
        call.Data = flag;
        CaseFlag.CheckValues(call, flag ?? call.Count);
        return PcType.Boolean;
    }

    public override SqlExpr Translate(CallTranslation call)
    {
        var flag = (int?)call.Data;
        var count = flag ?? call.Count;
        if (call.IsLiteral(0, out var searched) && searched is null)
        {
            return SqlLiteral.Null(SqlType.Boolean);
        }

        var type = CaseFlag.ValueType(call.Call.Arguments, count, out _);
        var value = CaseFlag.Value(call, 0, type);
        var list = Enumerable.Range(1, count - 1).Select(i => CaseFlag.Value(call, i, type)).ToList();
        return CaseFlag.Apply(call, flag, () => Member(value, list, call[0]), () => Member(CaseFlag.Lower(value), [.. list.Select(CaseFlag.Lower)], call[0]));
    }

    /// <summary><c>value IN (list)</c>; FALSE rather than NULL when the list holds a NULL or a non-constant and the value is found nowhere.</summary>
    private static SqlExpr Member(SqlExpr value, IReadOnlyList<SqlExpr> list, SqlExpr searched)
    {
        var member = new SqlIn(value, list);
        if (list.All(v => v is SqlLiteral { Value: not null }))
        {
            return member;
        }

        return new SqlCase([new SqlWhen(new SqlIsNull(searched, Negated: true), new SqlFunction("coalesce", member, SqlLiteral.Bool(false)))], null);
    }
}
