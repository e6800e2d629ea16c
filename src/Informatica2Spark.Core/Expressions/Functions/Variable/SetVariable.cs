using Informatica2Spark.Core.Expressions.Binding;
using Informatica2Spark.Core.Expressions.Sql;
using Informatica2Spark.Core.Expressions.Translation;
using Informatica2Spark.Core.Model;

namespace Informatica2Spark.Core.Expressions.Functions.Variable;

/// <summary>
/// SETVARIABLE($$Variable, value) (TLR: Functions > SETVARIABLE): sets the current value of a mapping variable of
/// the Max or Min aggregation type to the value, for rows marked insert or update (other rows leave it unchanged),
/// and returns the value. At the end of the session the final current value is compared with the start value by the
/// aggregation type and the winner saved. A NULL value leaves the variable as it is: <c>SETVARIABLE($$MAPVAR,
/// NULL)</c> is the documented way to read the current value (DG: Mapping Variables > Variable Values). The update is
/// <see cref="VariableAggregation.Last"/>. The call returns the value, or where it is NULL the start value of the
/// variable, where PowerCenter returns the current value; a constant or a built-in variable such as SESSSTARTTIME is
/// never NULL, so there the value returned is exact.
/// </summary>
public sealed class SetVariable : VariableFunction
{
    public override string? Limits => "approximate unless the value is a constant or a built-in: a NULL value returns the start value, where PowerCenter returns the current value";

    private const string NullDifference = "where the value is NULL the call returns the start value of the variable, where PowerCenter returns its current value (the value an earlier row set)";

    public override string Name => "SETVARIABLE";

    protected override IReadOnlyList<AggregationFunction> AggregationTypes => [AggregationFunction.Max, AggregationFunction.Min];

    public override SqlExpr Translate(CallTranslation call)
    {
        if (call.IsLiteral(1, out var literal) && literal is null)
        {
            call.Approximate(NullDifference);
            return call[0];
        }

        var value = ValueOf(call, 1);
        call.SetVariable(VariableOf(call), VariableAggregation.Last, value);
        if (call.IsLiteral(1, out _) || call.Bound(1) is BoundBuiltIn)
        {
            return value;
        }

        call.Approximate(NullDifference);
        return new SqlFunction("coalesce", value, call[0]);
    }
}
