using System.Globalization;
using Informatica2Spark.Core.Expressions.Syntax;

namespace Informatica2Spark.Core.Workflows;

/// <summary>
/// Reads link conditions, decision conditions and assignment values with the lexer and parser of the transformation
/// language (TLR: Operators for precedence) into the typed <see cref="WorkflowExpression"/> tree: <c>$task.Variable</c>
/// becomes a <see cref="TaskVariableReference"/> (<c>Status</c>, <c>PrevTaskStatus</c>, row counts, <c>ErrorCode</c>,
/// a decision's <c>Condition</c>...), <c>$$NAME</c> a workflow variable, <c>$NAME</c> a built-in variable, and the status
/// words (<c>SUCCEEDED</c>, <c>FAILED</c>, <c>ABORTED</c>, <c>STOPPED</c>, <c>DISABLED</c>, <c>NOTSTARTED</c>,
/// <c>STARTED</c>, any letter case) status literals (AWG: Workflow Variables, Predefined Workflow Variables). Line
/// breaks inside a condition are white space. Never throws: text that is not such an expression gives a
/// <see cref="WorkflowCondition"/> with its <see cref="WorkflowCondition.Error"/> (line and column, 1-based).
/// </summary>
public static class WorkflowExpressions
{
    private static readonly Dictionary<string, TaskRunStatus> Statuses = new(StringComparer.OrdinalIgnoreCase)
    {
        ["SUCCEEDED"] = TaskRunStatus.Succeeded,
        ["FAILED"] = TaskRunStatus.Failed,
        ["ABORTED"] = TaskRunStatus.Aborted,
        ["STOPPED"] = TaskRunStatus.Stopped,
        ["DISABLED"] = TaskRunStatus.Disabled,
        ["NOTSTARTED"] = TaskRunStatus.NotStarted,
        ["STARTED"] = TaskRunStatus.Started,
    };

    private static readonly HashSet<string> Constants = new(StringComparer.OrdinalIgnoreCase) { "SYSDATE", "SYSTIMESTAMP", "WORKFLOWSTARTTIME", "SESSSTARTTIME" };

    /// <summary>The typed tree of <paramref name="text"/>, or its error.</summary>
    public static WorkflowCondition Parse(string text)
    {
        var parsed = Parser.Parse(text);
        if (parsed.Tree is null)
        {
            return new WorkflowCondition(text, null, At(text, parsed.Error!.Span.Start, parsed.Error.Message));
        }

        try
        {
            return new WorkflowCondition(text, Convert(parsed.Tree), null);
        }
        catch (NotWorkflowExpressionException error)
        {
            return new WorkflowCondition(text, null, At(text, error.Start, error.Message));
        }
    }

    /// <summary>The status a word names (any letter case), or null.</summary>
    public static TaskRunStatus? Status(string word) => Statuses.TryGetValue(word, out var status) ? status : null;

    /// <summary>The word PowerCenter writes for a status: <c>SUCCEEDED</c>, <c>NOTSTARTED</c>...</summary>
    public static string Word(TaskRunStatus status) => status.ToString().ToUpperInvariant();

    private static WorkflowExpression Convert(ExpressionSyntax node) => node switch
    {
        NumberLiteralSyntax n => new NumberLiteral(Number(n)),
        StringLiteralSyntax s => new StringLiteral(s.Value),
        NameSyntax { Member: not null } name => throw new NotWorkflowExpressionException(
            $"'{name.Name}.{name.Member}' is not a workflow variable: a task variable starts with '$' ($task.Status)", name.Span.Start),
        NameSyntax name => Name(name),
        ParameterSyntax { IsMappingParameter: true } p => new WorkflowVariableReference(p.Name),
        ParameterSyntax p => new BuiltInVariableReference(p.Name),
        TaskVariableSyntax t => Enum.TryParse<TaskVariable>(t.Variable, ignoreCase: true, out var variable) && !int.TryParse(t.Variable, out _)
            ? new TaskVariableReference(t.Task, variable)
            : throw new NotWorkflowExpressionException(
                $"'{t.Variable}' is not a task variable; use one of {string.Join(", ", Enum.GetNames<TaskVariable>())}", t.Span.Start),
        ParenthesizedSyntax p => Convert(p.Inner),
        UnarySyntax { Operator: UnaryOperator.Not } u => new NotExpression(Convert(u.Operand)),
        UnarySyntax { Operator: UnaryOperator.Negate } u => new NegateExpression(Convert(u.Operand)),
        UnarySyntax u => Convert(u.Operand),
        BinarySyntax b => Binary(b),
        CallSyntax c => new FunctionCall(c.Name.ToUpperInvariant(), [.. c.Arguments.Select(Convert)]),
        _ => throw new NotWorkflowExpressionException("a workflow expression cannot use lookups, stored procedures or '*'", node.Span.Start),
    };

    private static WorkflowExpression Name(NameSyntax name)
    {
        if (Statuses.TryGetValue(name.Name, out var status))
        {
            return new StatusLiteral(status);
        }

        if (name.Name.Equals("TRUE", StringComparison.OrdinalIgnoreCase) || name.Name.Equals("FALSE", StringComparison.OrdinalIgnoreCase))
        {
            return new BooleanLiteral(name.Name.Equals("TRUE", StringComparison.OrdinalIgnoreCase));
        }

        if (name.Name.Equals("NULL", StringComparison.OrdinalIgnoreCase))
        {
            return new NullLiteral();
        }

        return Constants.Contains(name.Name)
            ? new BuiltInConstant(name.Name.ToUpperInvariant())
            : throw new NotWorkflowExpressionException(
                $"'{name.Name}' is not a status, constant or variable of a workflow expression: a task variable is $task.Status, a workflow variable $$NAME", name.Span.Start);
    }

    private static WorkflowExpression Binary(BinarySyntax b)
    {
        var left = Convert(b.Left);
        var right = Convert(b.Right);
        return b.Operator switch
        {
            BinaryOperator.And => new LogicalExpression(LogicalOperator.And, left, right),
            BinaryOperator.Or => new LogicalExpression(LogicalOperator.Or, left, right),
            BinaryOperator.Equal => new ComparisonExpression(ComparisonOperator.Equal, left, right),
            BinaryOperator.NotEqual => new ComparisonExpression(ComparisonOperator.NotEqual, left, right),
            BinaryOperator.Less => new ComparisonExpression(ComparisonOperator.Less, left, right),
            BinaryOperator.LessOrEqual => new ComparisonExpression(ComparisonOperator.LessOrEqual, left, right),
            BinaryOperator.Greater => new ComparisonExpression(ComparisonOperator.Greater, left, right),
            BinaryOperator.GreaterOrEqual => new ComparisonExpression(ComparisonOperator.GreaterOrEqual, left, right),
            BinaryOperator.Add => new ArithmeticExpression(ArithmeticOperator.Add, left, right),
            BinaryOperator.Subtract => new ArithmeticExpression(ArithmeticOperator.Subtract, left, right),
            BinaryOperator.Multiply => new ArithmeticExpression(ArithmeticOperator.Multiply, left, right),
            BinaryOperator.Divide => new ArithmeticExpression(ArithmeticOperator.Divide, left, right),
            BinaryOperator.Modulo => new ArithmeticExpression(ArithmeticOperator.Modulo, left, right),
            _ => new ArithmeticExpression(ArithmeticOperator.Concat, left, right),
        };
    }

    private static decimal Number(NumberLiteralSyntax n) =>
        decimal.TryParse(n.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new NotWorkflowExpressionException($"the number {n.Text} is out of range", n.Span.Start);

    private static string At(string text, int offset, string message)
    {
        var before = text[..Math.Min(offset, text.Length)];
        var line = before.Count(c => c == '\n') + 1;
        var column = offset - (before.LastIndexOf('\n') + 1) + 1;
        return $"line {line}, column {column}: {message}";
    }

    private sealed class NotWorkflowExpressionException(string message, int start) : Exception(message)
    {
        public int Start { get; } = start;
    }
}
