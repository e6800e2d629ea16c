using Informatica2Spark.Core.Expressions.Binding;
using Informatica2Spark.Core.Expressions.Sql;
using Informatica2Spark.Core.Expressions.Translation;
using Informatica2Spark.Core.Expressions.Types;
using Informatica2Spark.Core.Model;

namespace Informatica2Spark.Core.Expressions.Functions.Variable;

/// <summary>
/// SETCOUNTVARIABLE($$Variable) (TLR: Functions > SETCOUNTVARIABLE): adds one to the current value of a mapping
/// variable of the Count aggregation type (an Integer or Small Integer) for each row marked insert, subtracts one for
/// each row marked delete, leaves it for rows marked update or reject, and returns the new current value. The update
/// is <see cref="VariableAggregation.Count"/> with the value 1; across partitions the counts are added. The call
/// returns the start value plus one.
/// </summary>
public sealed class SetCountVariable : VariableFunction
{
    public override string Name => "SETCOUNTVARIABLE";

    public override string Syntax => "SETCOUNTVARIABLE($$Variable)";

    public override int MinArguments => 1;

    public override int MaxArguments => 1;

    public override Verdict Verdict => Verdict.Approximate;

    public override string Difference =>
        "the call returns the variable's start value plus one, where PowerCenter returns the running count (the start value plus the inserts less the deletes read so far; the final value saved is the same)";

    protected override IReadOnlyList<AggregationFunction> AggregationTypes => [AggregationFunction.Count];

    public override PcType Bind(CallBinding call)
    {
        if (BindVariable(call) is { } type && !type.IsIntegral)
        {
            call.Problem(0, $"a Count variable is an Integer or Small Integer, not {type}");
        }

        return call[0].Type;
    }

    public override SqlExpr Translate(CallTranslation call)
    {
        call.SetVariable(VariableOf(call), VariableAggregation.Count, SqlLiteral.Int(1));
        return new SqlBinary(SqlBinaryOperator.Add, call[0], Conversions.NumberLiteral(1, call.TypeOf(0)));
    }
}
