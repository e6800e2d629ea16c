namespace Informatica2Spark.Core.Workflows;

/// <summary>
/// A link condition, decision condition or assignment value: the text as the export writes it and its typed tree, or
/// the reason it does not parse. A condition that does not parse is kept with its <see cref="Error"/> (and a plan
/// note), never dropped.
/// </summary>
/// <param name="Text">The expression as written (line breaks kept).</param>
/// <param name="Tree">The typed tree; null when <see cref="Error"/> is set.</param>
/// <param name="Error">Why the text is not an expression of the transformation language, with the column; null when it parses.</param>
public sealed record WorkflowCondition(string Text, WorkflowExpression? Tree, string? Error)
{
    public bool IsValid => Tree is not null;
}

/// <summary>
/// A node of a workflow expression: the transformation language as link conditions, decision conditions and
/// assignments use it (WBG: Links, Workflow Variables; TLR: Operators), with task variables and status words typed.
/// </summary>
public abstract record WorkflowExpression;

/// <summary>A number literal, compared as a number (<c>0</c>, <c>12.5</c>).</summary>
public sealed record NumberLiteral(decimal Value) : WorkflowExpression;

/// <summary>A string literal (<c>'abc'</c>, quotes undone).</summary>
public sealed record StringLiteral(string Value) : WorkflowExpression;

/// <summary><c>TRUE</c> or <c>FALSE</c>.</summary>
public sealed record BooleanLiteral(bool Value) : WorkflowExpression;

/// <summary><c>NULL</c>.</summary>
public sealed record NullLiteral : WorkflowExpression;

/// <summary>
/// A status word (<c>SUCCEEDED</c>, <c>FAILED</c>, <c>ABORTED</c>, <c>STOPPED</c>, <c>DISABLED</c>, <c>NOTSTARTED</c>,
/// <c>STARTED</c>, in any letter case), compared with a task's <c>Status</c> or <c>PrevTaskStatus</c>.
/// </summary>
public sealed record StatusLiteral(TaskRunStatus Value) : WorkflowExpression;

/// <summary><c>$task.Variable</c>: a built-in variable of a task of the same workflow or worklet (WBG: Workflow Variables, Task-Specific Variables).</summary>
/// <param name="Task">The task instance named, as written.</param>
/// <param name="Variable">Which variable.</param>
public sealed record TaskVariableReference(string Task, TaskVariable Variable) : WorkflowExpression;

/// <summary><c>$$NAME</c>: a user-defined workflow or worklet variable (or a parameter of the parameter file).</summary>
public sealed record WorkflowVariableReference(string Name) : WorkflowExpression;

/// <summary><c>$NAME</c>: a built-in or service variable (<c>$PMWorkflowName</c>, <c>$PMWorkflowRunId</c>, <c>$PMFolderName</c>...).</summary>
public sealed record BuiltInVariableReference(string Name) : WorkflowExpression;

/// <summary><c>SYSDATE</c>, <c>WORKFLOWSTARTTIME</c> and other bare built-in names of the language.</summary>
public sealed record BuiltInConstant(string Name) : WorkflowExpression;

/// <summary><c>NOT operand</c>.</summary>
public sealed record NotExpression(WorkflowExpression Operand) : WorkflowExpression;

/// <summary><c>-operand</c>.</summary>
public sealed record NegateExpression(WorkflowExpression Operand) : WorkflowExpression;

/// <summary><c>left AND right</c>, <c>left OR right</c>.</summary>
public sealed record LogicalExpression(LogicalOperator Operator, WorkflowExpression Left, WorkflowExpression Right) : WorkflowExpression;

/// <summary>A comparison: numbers compare as numbers, strings as strings, statuses as statuses.</summary>
public sealed record ComparisonExpression(ComparisonOperator Operator, WorkflowExpression Left, WorkflowExpression Right) : WorkflowExpression;

/// <summary>Arithmetic (<c>+ - * / %</c>) and string concatenation (<c>||</c>).</summary>
public sealed record ArithmeticExpression(ArithmeticOperator Operator, WorkflowExpression Left, WorkflowExpression Right) : WorkflowExpression;

/// <summary>A function of the transformation language (<c>ISNULL</c>, <c>TO_CHAR</c>, <c>ADD_TO_DATE</c>...), name in upper case.</summary>
public sealed record FunctionCall(string Name, IReadOnlyList<WorkflowExpression> Arguments) : WorkflowExpression;

/// <summary>AND, OR.</summary>
public enum LogicalOperator
{
    And,
    Or,
}

/// <summary><c>= &lt;&gt; &lt; &lt;= &gt; &gt;=</c> (<c>!=</c> and <c>^=</c> are <see cref="NotEqual"/>).</summary>
public enum ComparisonOperator
{
    Equal,
    NotEqual,
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
}

/// <summary><c>+ - * / %</c> and <c>||</c>.</summary>
public enum ArithmeticOperator
{
    Add,
    Subtract,
    Multiply,
    Divide,
    Modulo,
    Concat,
}

/// <summary>
/// The status of a task as workflow expressions read it (WBG: Workflow Variables, Status: ABORTED, DISABLED, FAILED,
/// NOTSTARTED, STARTED, STOPPED, SUCCEEDED).
/// </summary>
public enum TaskRunStatus
{
    Succeeded,
    Failed,
    Aborted,
    Stopped,
    Disabled,
    NotStarted,
    Started,
}

/// <summary>
/// The built-in variables of a task (WBG: Workflow Variables, Task-Specific Variables): every task has Status,
/// PrevTaskStatus, ErrorCode, ErrorMsg, StartTime and EndTime; a session also the row counts and first error; a
/// decision task Condition.
/// </summary>
public enum TaskVariable
{
    Status,
    PrevTaskStatus,
    ErrorCode,
    ErrorMsg,
    StartTime,
    EndTime,
    SrcSuccessRows,
    SrcFailedRows,
    TgtSuccessRows,
    TgtFailedRows,
    TotalTransErrors,
    FirstErrorCode,
    FirstErrorMsg,
    Condition,
}
