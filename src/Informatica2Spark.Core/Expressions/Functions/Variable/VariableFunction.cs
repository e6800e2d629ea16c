using Informatica2Spark.Core.Expressions.Binding;
using Informatica2Spark.Core.Expressions.Sql;
using Informatica2Spark.Core.Expressions.Translation;
using Informatica2Spark.Core.Expressions.Types;
using Informatica2Spark.Core.Model;

namespace Informatica2Spark.Core.Expressions.Functions.Variable;

/// <summary>
/// A variable function (TLR: Functions > Variable Functions): <c>NAME($$Variable [, value])</c> changes the current
/// value of a mapping variable as rows pass, and the Integration Service saves the final value to the repository when
/// the session succeeds. The translation has two parts:
/// <list type="bullet">
/// <item>a <see cref="VariableUpdate"/> (<see cref="CallTranslation.SetVariable"/>): the value the mapping plan
/// aggregates over the rows that reach the call, by the function's <see cref="VariableAggregation"/>, which also
/// names the row types the function fires on, into the run state;</item>
/// <item>the value the call returns for the row. PowerCenter returns the variable's current value, which depends on
/// every row read before; one SQL expression of a row sees only the start value (the run-time value
/// <c>:NAME</c>), so the value is computed as if the row were the first of the session, a difference each function
/// states. (A window over the arrival-order column could give the running value, at the cost of running the
/// transformation in one Spark task; the mapping plan can choose that where the returned value is used.)</item>
/// </list>
/// The first argument must be a mapping variable, not a parameter; the Designer allows each function only with
/// variables of some aggregation types (DG: Variable Datatype and Aggregation Type), checked when the type is known.
/// </summary>
public abstract class VariableFunction : ExpressionFunction
{
    public override FunctionCategory Category => FunctionCategory.Variable;

    /// <summary>The aggregation types of the variables the function may set.</summary>
    protected abstract IReadOnlyList<AggregationFunction> AggregationTypes { get; }

    public override string Syntax => $"{Name}($$Variable, value)";

    public override int MinArguments => 2;

    public override int MaxArguments => 2;

    /// <summary><c>NAME($$Variable, value)</c>: a mapping variable and a value that fits its type; the result has the variable's type.</summary>
    public override PcType Bind(CallBinding call)
    {
        if (BindVariable(call) is not { } type)
        {
            return call[0].Type;
        }

        BindValue(call, 1, type);
        return type;
    }

    /// <summary>Checks that the first argument is a mapping variable of an aggregation type the function takes; its type, or null.</summary>
    protected PcType? BindVariable(CallBinding call)
    {
        if (call[0] is BoundInvalid)
        {
            return null;
        }

        if (call[0] is not BoundParameter { Parameter: { } variable } parameter || !variable.IsVariable)
        {
            var what = call[0] is BoundParameter other ? $"{other.Parameter.Name}, a mapping parameter" : "an expression";
            call.Problem(0, $"the first argument must be a mapping variable ($$NAME), not {what}");
            return null;
        }

        if (variable.Aggregation != AggregationFunction.None && !AggregationTypes.Contains(variable.Aggregation))
        {
            call.Problem(0, $"{variable.Name} has the aggregation type {variable.Aggregation}; {Name} takes variables of type {string.Join(" or ", AggregationTypes)}");
        }

        return parameter.Type;
    }

    /// <summary>Checks that the value fits the variable's type: a number for a numeric variable, a date for a date, a string (or a value converted to one) for a string.</summary>
    private static void BindValue(CallBinding call, int index, PcType variable)
    {
        if (variable.IsNumberLike)
        {
            call.ExpectNumber(index);
        }
        else if (variable.Kind == PcTypeKind.DateTime)
        {
            call.ExpectDate(index);
        }
        else
        {
            call.ExpectString(index);
        }
    }

    /// <summary>The mapping variable of the call.</summary>
    protected static ParameterSymbol VariableOf(CallTranslation call) => ((BoundParameter)call.Bound(0)).Parameter;

    /// <summary>The value in the variable's type: numbers widened, numbers and dates written as strings for a string variable.</summary>
    protected static SqlExpr ValueOf(CallTranslation call, int index)
    {
        var type = call.TypeOf(0);
        return type.IsNumeric ? call.Number(index, type)
            : type.Kind == PcTypeKind.String ? call.String(index)
            : call[index];
    }
}
