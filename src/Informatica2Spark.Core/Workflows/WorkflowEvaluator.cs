using System.Globalization;

namespace Informatica2Spark.Core.Workflows;

/// <summary>The values a workflow expression reads: task variables, workflow variables and built-in variables.</summary>
public interface IWorkflowValues
{
    /// <summary>
    /// <c>$task.Variable</c>: a <see cref="TaskRunStatus"/> for Status and PrevTaskStatus, a decimal for counts and
    /// codes, a bool (or null) for a decision's Condition, text for messages and times; null when the task has not run
    /// (AWG: Workflow Variables: every predefined variable but Status is NULL until its task runs; Status is NOTSTARTED).
    /// </summary>
    object? Task(string task, TaskVariable variable);

    /// <summary><c>$$NAME</c>: the variable's current value (decimal, text, bool), or null.</summary>
    object? Variable(string name);

    /// <summary><c>$PMWorkflowName</c>, <c>SYSDATE</c> and the like, or null when unknown.</summary>
    object? BuiltIn(string name);
}

/// <summary>
/// Evaluates a <see cref="WorkflowExpression"/> with PowerCenter's rules (TLR: Operators; AWG: Workflow Variables):
/// numbers compare as numbers (text that reads as a number compares with a number as that number), statuses compare
/// with status words and with their names as text, NULL in a comparison or arithmetic gives NULL, AND and OR use
/// three-valued logic (FALSE AND NULL is FALSE, TRUE OR NULL is TRUE), a number is TRUE when it is not zero. A status
/// read where a truth value is needed (<c>$s.Status AND ...</c>) is NULL: PowerCenter stores statuses as integers whose
/// values it does not document. <c>||</c> treats NULL as empty text. <c>ISNULL</c> is the one function evaluated; any
/// other throws <see cref="WorkflowEvaluationException"/>.
/// </summary>
public static class WorkflowEvaluator
{
    /// <summary>The value of <paramref name="expression"/>: decimal, string, bool, <see cref="TaskRunStatus"/> or null.</summary>
    /// <exception cref="WorkflowEvaluationException">The expression uses a function or a value with no evaluation here.</exception>
    public static object? Evaluate(WorkflowExpression expression, IWorkflowValues values) => expression switch
    {
        NumberLiteral n => n.Value,
        StringLiteral s => s.Value,
        BooleanLiteral b => b.Value,
        NullLiteral => null,
        StatusLiteral s => s.Value,
        TaskVariableReference t => values.Task(t.Task, t.Variable),
        WorkflowVariableReference v => values.Variable(v.Name),
        BuiltInVariableReference b => values.BuiltIn(b.Name),
        BuiltInConstant c => values.BuiltIn(c.Name),
        NotExpression n => Truth(Evaluate(n.Operand, values)) is { } truth ? !truth : null,
        NegateExpression n => Number(Evaluate(n.Operand, values)) is { } number ? -number : null,
        LogicalExpression l => Logical(l, values),
        ComparisonExpression c => Compare(c.Operator, Evaluate(c.Left, values), Evaluate(c.Right, values)),
        ArithmeticExpression a => Arithmetic(a.Operator, Evaluate(a.Left, values), Evaluate(a.Right, values)),
        FunctionCall { Name: "ISNULL", Arguments.Count: 1 } f => Evaluate(f.Arguments[0], values) is null,
        FunctionCall f => throw new WorkflowEvaluationException($"the function {f.Name} is not evaluated in workflow conditions"),
        _ => throw new WorkflowEvaluationException($"'{expression}' cannot be evaluated"),
    };

    /// <summary>Whether a condition holds: TRUE only; FALSE and NULL do not pass (WBG: Links).</summary>
    public static bool Holds(WorkflowExpression expression, IWorkflowValues values) => Truth(Evaluate(expression, values)) == true;

    /// <summary>The truth of a value: a bool, a non-zero number, text that reads as a non-zero number; null otherwise.</summary>
    public static bool? Truth(object? value) => value switch
    {
        bool b => b,
        decimal d => d != 0,
        string s when decimal.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) => d != 0,
        _ => null,
    };

    private static bool? Logical(LogicalExpression l, IWorkflowValues values)
    {
        var left = Truth(Evaluate(l.Left, values));
        if (l.Operator == LogicalOperator.And && left == false)
        {
            return false;
        }

        if (l.Operator == LogicalOperator.Or && left == true)
        {
            return true;
        }

        var right = Truth(Evaluate(l.Right, values));
        return l.Operator == LogicalOperator.And
            ? (right == false ? false : left == true && right == true ? true : null)
            : (right == true ? true : left == false && right == false ? false : null);
    }

    private static bool? Compare(ComparisonOperator op, object? left, object? right)
    {
        if (left is null || right is null)
        {
            return null;
        }

        int order;
        if (left is TaskRunStatus || right is TaskRunStatus)
        {
            var l = left is TaskRunStatus ls ? WorkflowExpressions.Word(ls) : left.ToString();
            var r = right is TaskRunStatus rs ? WorkflowExpressions.Word(rs) : right.ToString();
            var equal = string.Equals(l, r, StringComparison.OrdinalIgnoreCase);
            return op switch
            {
                ComparisonOperator.Equal => equal,
                ComparisonOperator.NotEqual => !equal,
                _ => null,
            };
        }

        if (Number(left) is { } ln && Number(right) is { } rn && (left is not string || right is not string))
        {
            order = ln.CompareTo(rn);
        }
        else
        {
            order = string.CompareOrdinal(Text(left), Text(right));
        }

        return op switch
        {
            ComparisonOperator.Equal => order == 0,
            ComparisonOperator.NotEqual => order != 0,
            ComparisonOperator.Less => order < 0,
            ComparisonOperator.LessOrEqual => order <= 0,
            ComparisonOperator.Greater => order > 0,
            _ => order >= 0,
        };
    }

    private static object? Arithmetic(ArithmeticOperator op, object? left, object? right)
    {
        if (op == ArithmeticOperator.Concat)
        {
            return left is null && right is null ? null : Text(left) + Text(right);
        }

        if (Number(left) is not { } l || Number(right) is not { } r)
        {
            return null;
        }

        return op switch
        {
            ArithmeticOperator.Add => l + r,
            ArithmeticOperator.Subtract => l - r,
            ArithmeticOperator.Multiply => l * r,
            ArithmeticOperator.Divide => r == 0 ? throw new WorkflowEvaluationException("division by zero") : l / r,
            _ => r == 0 ? throw new WorkflowEvaluationException("division by zero") : l % r,
        };
    }

    private static decimal? Number(object? value) => value switch
    {
        decimal d => d,
        bool b => b ? 1 : 0,
        string s when decimal.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) => d,
        _ => null,
    };

    private static string Text(object? value) => value switch
    {
        null => string.Empty,
        decimal d => d.ToString(CultureInfo.InvariantCulture),
        bool b => b ? "1" : "0",
        TaskRunStatus s => WorkflowExpressions.Word(s),
        _ => value.ToString() ?? string.Empty,
    };
}

/// <summary>A workflow expression that cannot be evaluated; the message says what and why.</summary>
public sealed class WorkflowEvaluationException(string message) : Exception(message);
