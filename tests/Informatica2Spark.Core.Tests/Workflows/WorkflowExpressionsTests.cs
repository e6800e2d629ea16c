using Informatica2Spark.Core.Workflows;
using Xunit;

namespace Informatica2Spark.Core.Tests.Workflows;

/// <summary>Link conditions read with the transformation language (AWG: Workflow Variables; TLR: Operators).</summary>
public sealed class WorkflowExpressionsTests
{
    [Theory]
    [InlineData("$s_load.Status = SUCCEEDED")]
    [InlineData("$s_load.Status = succeeded")]
    [InlineData("$s_load.Status = Succeeded")]
    public void Status_words_are_status_literals_in_any_case(string text)
    {
        var condition = WorkflowExpressions.Parse(text);

        Assert.Equal(
            new ComparisonExpression(ComparisonOperator.Equal, new TaskVariableReference("s_load", TaskVariable.Status), new StatusLiteral(TaskRunStatus.Succeeded)),
            condition.Tree);
    }

    [Fact]
    public void Corpus_patterns_parse_with_line_breaks_and_operator_precedence()
    {
        var condition = WorkflowExpressions.Parse("$S.TgtSuccessRows > 0 AND $S.Status = Succeeded OR\r\n$S.Status = aborted");

        // AND binds tighter than OR (TLR: Operators).
        var or = Assert.IsType<LogicalExpression>(condition.Tree);
        Assert.Equal(LogicalOperator.Or, or.Operator);
        var and = Assert.IsType<LogicalExpression>(or.Left);
        Assert.Equal(LogicalOperator.And, and.Operator);
        Assert.Equal(new ComparisonExpression(ComparisonOperator.Greater, new TaskVariableReference("S", TaskVariable.TgtSuccessRows), new NumberLiteral(0)), and.Left);
        Assert.Equal(new ComparisonExpression(ComparisonOperator.Equal, new TaskVariableReference("S", TaskVariable.Status), new StatusLiteral(TaskRunStatus.Aborted)), or.Right);
    }

    [Fact]
    public void Workflow_and_built_in_variables_and_decisions_are_typed()
    {
        var condition = WorkflowExpressions.Parse("$dec.Condition = TRUE AND $$LIMIT <> 12.5 AND $PMWorkflowName = 'wf' AND NOT ISNULL($s.PrevTaskStatus)");

        var text = condition.Tree!.ToString();
        Assert.Contains("TaskVariableReference { Task = dec, Variable = Condition }", text);
        Assert.Contains("WorkflowVariableReference { Name = $$LIMIT }", text);
        Assert.Contains("NumberLiteral { Value = 12.5 }", text);
        Assert.Contains("BuiltInVariableReference { Name = $PMWorkflowName }", text);
        Assert.Contains("FunctionCall { Name = ISNULL", text);
    }

    [Theory]
    [InlineData("$s.Status = ", "line 1, column 13")]
    [InlineData("$s.Rows > 0", "line 1, column 1: 'Rows' is not a task variable")]
    [InlineData("$s.Status = SUCCEEDED AND\nDONE", "line 2, column 1: 'DONE' is not a status")]
    public void A_condition_that_does_not_parse_keeps_its_text_and_says_where(string text, string error)
    {
        var condition = WorkflowExpressions.Parse(text);

        Assert.Null(condition.Tree);
        Assert.Equal(text, condition.Text);
        Assert.StartsWith(error, condition.Error);
    }

    [Theory]
    [InlineData("$s.TgtSuccessRows > 9", 10, true)]
    [InlineData("$s.TgtSuccessRows > 10", 10, false)]
    [InlineData("$s.TgtSuccessRows = '10.0'", 10, true)]
    [InlineData("$s.TgtSuccessRows > 9 AND $s.ErrorMsg = NULL", 10, false)]
    public void Numbers_compare_as_numbers_and_null_never_passes(string text, long rows, bool holds)
    {
        var values = new Values(rows);

        Assert.Equal(holds, WorkflowEvaluator.Holds(WorkflowExpressions.Parse(text).Tree!, values));
    }

    private sealed class Values(long rows) : IWorkflowValues
    {
        public object? Task(string task, TaskVariable variable) => variable switch
        {
            TaskVariable.TgtSuccessRows => (decimal)rows,
            TaskVariable.Status => TaskRunStatus.Succeeded,
            _ => null,
        };

        public object? Variable(string name) => null;

        public object? BuiltIn(string name) => null;
    }
}
