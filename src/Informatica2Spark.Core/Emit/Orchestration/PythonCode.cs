using System.Globalization;
using System.Text;
using Informatica2Spark.Core.Workflows;

namespace Informatica2Spark.Core.Emit.Orchestration;

/// <summary>
/// Python source for generated orchestrator definitions: string literals, identifiers, and workflow expressions as
/// calls of the evaluation helpers of <c>_orchestration/i2s_airflow.py</c> (<c>cmp</c>, <c>and_</c>, <c>or_</c>, <c>not_</c>,
/// <c>neg</c>, <c>arith</c>, <c>call</c>, <c>Status</c>, <c>D</c>, and <c>v.task</c>, <c>v.var</c>,
/// <c>v.builtin</c> of the values object), which follow <see cref="WorkflowEvaluator"/>'s rules: numbers as
/// <c>decimal.Decimal</c>, NULL as <c>None</c>, AND and OR three-valued with the right side evaluated only when needed.
/// </summary>
public static class PythonCode
{
    /// <summary>A Python string literal of <paramref name="text"/> (double quotes, escapes for quotes, backslashes and control characters).</summary>
    public static string String(string text)
    {
        var builder = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when c < ' ' || c == '\u007f' => $"\\x{(int)c:x2}",
                _ => c.ToString(),
            });
        }

        return builder.Append('"').ToString();
    }

    /// <summary>A Python literal of an optional string: <c>None</c> or the string.</summary>
    public static string Optional(string? text) => text is null ? "None" : String(text);

    /// <summary><c>True</c> or <c>False</c>.</summary>
    public static string Bool(bool value) => value ? "True" : "False";

    /// <summary>An Airflow task or group id from a PowerCenter name: letters, digits, '_' and '-' kept, anything else '_'.</summary>
    public static string Id(string name)
    {
        var id = new string([.. name.Select(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' ? c : '_')]);
        return id.Length == 0 ? "_" : id;
    }

    /// <summary>The expression as a Python expression over the values object <c>v</c>.</summary>
    public static string Expression(WorkflowExpression expression) => expression switch
    {
        NumberLiteral n => $"D({String(n.Value.ToString(CultureInfo.InvariantCulture))})",
        StringLiteral s => String(s.Value),
        BooleanLiteral b => Bool(b.Value),
        NullLiteral => "None",
        StatusLiteral s => $"Status({String(WorkflowExpressions.Word(s.Value))})",
        TaskVariableReference t => $"v.task({String(t.Task)}, {String(t.Variable.ToString())})",
        WorkflowVariableReference w => $"v.var({String(w.Name)})",
        BuiltInVariableReference b => $"v.builtin({String(b.Name)})",
        BuiltInConstant c => $"v.builtin({String(c.Name)})",
        NotExpression n => $"not_({Expression(n.Operand)})",
        NegateExpression n => $"neg({Expression(n.Operand)})",
        LogicalExpression { Operator: LogicalOperator.And } l => $"and_({Expression(l.Left)}, lambda: {Expression(l.Right)})",
        LogicalExpression l => $"or_({Expression(l.Left)}, lambda: {Expression(l.Right)})",
        ComparisonExpression c => $"cmp({String(Comparison(c.Operator))}, {Expression(c.Left)}, {Expression(c.Right)})",
        ArithmeticExpression a => $"arith({String(Arithmetic(a.Operator))}, {Expression(a.Left)}, {Expression(a.Right)})",
        FunctionCall f => $"call({String(f.Name)}{string.Concat(f.Arguments.Select(a => ", " + Expression(a)))})",
        _ => throw new ArgumentException($"no Python form for {expression.GetType().Name}", nameof(expression)),
    };

    private static string Comparison(ComparisonOperator op) => op switch
    {
        ComparisonOperator.Equal => "=",
        ComparisonOperator.NotEqual => "<>",
        ComparisonOperator.Less => "<",
        ComparisonOperator.LessOrEqual => "<=",
        ComparisonOperator.Greater => ">",
        _ => ">=",
    };

    private static string Arithmetic(ArithmeticOperator op) => op switch
    {
        ArithmeticOperator.Add => "+",
        ArithmeticOperator.Subtract => "-",
        ArithmeticOperator.Multiply => "*",
        ArithmeticOperator.Divide => "/",
        ArithmeticOperator.Modulo => "%",
        _ => "||",
    };
}
