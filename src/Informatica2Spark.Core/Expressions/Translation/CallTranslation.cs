using Informatica2Spark.Core.Diagnostics;
using Informatica2Spark.Core.Expressions.Binding;
using Informatica2Spark.Core.Expressions.Functions;
using Informatica2Spark.Core.Expressions.Sql;
using Informatica2Spark.Core.Expressions.Types;

namespace Informatica2Spark.Core.Expressions.Translation;

/// <summary>
/// What a function's <see cref="ExpressionFunction.Translate"/> works with: its translated arguments, the implicit
/// conversions of PowerCenter (<see cref="Conversions"/>), and the ways to state a difference, mark the use
/// unsupported, raise a row error or set a mapping variable.
/// </summary>
public sealed class CallTranslation
{
    private readonly Lowerer lowerer;
    private readonly IReadOnlyList<Lowered> arguments;
    private readonly List<SqlExpr> ownErrors = [];

    internal CallTranslation(Lowerer lowerer, BoundCall call, IReadOnlyList<Lowered> arguments)
    {
        this.lowerer = lowerer;
        Call = call;
        this.arguments = arguments;
    }

    public BoundCall Call { get; }

    public ExpressionSettings Settings => lowerer.Settings;

    /// <summary>The result type the binding inferred.</summary>
    public PcType ResultType => Call.Type;

    public int Count => arguments.Count;

    /// <summary>The facts the function's binding kept (<see cref="CallBinding.Data"/>).</summary>
    public object? Data => Call.Data;

    /// <summary>The translated argument as it is, without conversion.</summary>
    public SqlExpr this[int index] => arguments[index].Value;

    public BoundExpression Bound(int index) => Call.Arguments[index];

    public PcType TypeOf(int index) => Call.Arguments[index].Type;

    /// <summary>The argument is a constant (a literal): its value (null for NULL).</summary>
    public bool IsLiteral(int index, out object? value)
    {
        value = (Call.Arguments[index] as BoundLiteral)?.Value;
        return Call.Arguments[index] is BoundLiteral;
    }

    /// <summary>The argument converted to a string as PowerCenter converts numbers and dates.</summary>
    public SqlExpr String(int index) => Conversions.ToText(Bound(index), this[index], Settings);

    /// <summary>The argument as a condition (a number is TRUE when not 0).</summary>
    public SqlExpr Condition(int index) => Conversions.ToCondition(Bound(index), this[index]);

    /// <summary>The argument as a number of <paramref name="type"/> (booleans are 1 or 0; integer constants are written in that type).</summary>
    public SqlExpr Number(int index, PcType type) => Conversions.ToNumber(Bound(index), this[index], type);

    /// <summary>The argument as an INT: integer constants are written as they are, other values cast.</summary>
    public SqlExpr Int(int index) => Conversions.ToInt(Bound(index), this[index]);

    /// <summary>The row error of an argument, for functions that choose which arguments count (<see cref="ExpressionFunction.EvaluatesAllArguments"/> false).</summary>
    public SqlExpr? ErrorOf(int index) => arguments[index].Error;

    /// <summary>Sets the row error of the whole call (functions that compose their arguments' errors themselves).</summary>
    public void UseError(SqlExpr? error)
    {
        if (error is not null)
        {
            ownErrors.Add(error);
        }
    }

    /// <summary>The row is an error, with <paramref name="message"/>, when <paramref name="condition"/> is true.</summary>
    public void RowError(SqlExpr condition, string message) => ownErrors.Add(Lowered.ErrorWhen(condition, message));

    /// <summary>This use is translated with a difference from PowerCenter, stated in one sentence.</summary>
    public void Approximate(string difference) => lowerer.Approximate(Call, difference);

    /// <summary>This use cannot be translated; the expression is not translated and the reason is reported.</summary>
    public SqlExpr Unsupported(string reason) => lowerer.Unsupported(Call, reason);

    /// <summary>The Spark version generated for is at least <paramref name="major"/>.<paramref name="minor"/>.</summary>
    public bool SparkAtLeast(int major, int minor) => Settings.SparkVersion >= new Version(major, minor);

    /// <summary>Sets a mapping variable (SETVARIABLE and friends): the mapping plan aggregates the value into the run state.</summary>
    public void SetVariable(ParameterSymbol variable, VariableAggregation aggregation, SqlExpr value) =>
        lowerer.SetVariable(new VariableUpdate(variable.Name, aggregation, value, variable.Type));

    /// <summary>A run-time value (a parameter, or a built-in such as SESSSTARTTIME) as its named marker.</summary>
    public SqlExpr RunTimeValue(string name, PcType type) => lowerer.RunTimeValue(name, type);

    internal IReadOnlyList<SqlExpr> OwnErrors => ownErrors;

    internal IReadOnlyList<Lowered> Arguments => arguments;

    internal DiagnosticDescriptor? Failure { get; set; }
}
