using Informatica2Spark.Core.Expressions.Sql;
using Informatica2Spark.Core.Expressions.Translation;
using Informatica2Spark.Core.Model;

namespace Informatica2Spark.Core.Expressions.Functions.Variable;

/// <summary>
/// SETMAXVARIABLE and SETMINVARIABLE($$Variable, value) (TLR: Functions > SETMAXVARIABLE, SETMINVARIABLE): set the
/// current value of a mapping variable of the Max (Min) aggregation type to the greater (lesser) of the current
/// value and the value, for rows marked insert only, and return the new current value; a NULL value leaves it as it
/// is ("When value is NULL ... returns the current value", Informatica Cloud SETMAXVARIABLE). Strings compare by the
/// session's sort order: Spark compares their bytes, PowerCenter's binary order. The update is
/// <see cref="VariableAggregation.Max"/> (<see cref="VariableAggregation.Min"/>); across partitions the greatest
/// (least) current value is saved. The call returns the greater (lesser) of the start value and the row's value.
/// </summary>
public sealed class SetMaxMinVariable : IFunctionFamily
{
    public IEnumerable<ExpressionFunction> Functions =>
    [
        new Extreme("SETMAXVARIABLE", AggregationFunction.Max, VariableAggregation.Max, SqlBinaryOperator.Greater, "greater"),
        new Extreme("SETMINVARIABLE", AggregationFunction.Min, VariableAggregation.Min, SqlBinaryOperator.Less, "lesser"),
    ];

    private sealed class Extreme(string name, AggregationFunction type, VariableAggregation aggregation, SqlBinaryOperator beats, string word) : VariableFunction
    {
        public override string Name => name;

        public override Verdict Verdict => Verdict.Approximate;

        public override string Difference =>
            $"the call returns the {word} of the variable's start value and the row's value, where PowerCenter returns the running {(aggregation == VariableAggregation.Max ? "maximum" : "minimum")} over the rows read so far (the final value saved is the same)";

        protected override IReadOnlyList<AggregationFunction> AggregationTypes => [type];

        public override SqlExpr Translate(CallTranslation call)
        {
            if (call.IsLiteral(1, out var literal) && literal is null)
            {
                return call[0];
            }

            var value = ValueOf(call, 1);
            call.SetVariable(VariableOf(call), aggregation, value);
            return new SqlCase([new SqlWhen(new SqlBinary(beats, value, call[0]), value)], call[0]);
        }
    }
}
