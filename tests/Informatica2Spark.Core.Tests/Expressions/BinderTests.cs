using Informatica2Spark.Core.Diagnostics;
using Informatica2Spark.Core.Expressions.Binding;
using Informatica2Spark.Core.Expressions.Translation;
using Informatica2Spark.Core.Expressions.Types;
using Informatica2Spark.Core.Model;
using Xunit;

namespace Informatica2Spark.Core.Tests.Expressions;

/// <summary>Names resolved against the scope and types inferred as PowerCenter infers them; problems located, never thrown.</summary>
public sealed class BinderTests
{
    private static readonly ExpressionScope Scope = new(
        [
            new PortSymbol("QTY", PcType.Integer, PortRole.Input),
            new PortSymbol("BIG", PcType.BigInt, PortRole.Input),
            new PortSymbol("PRICE", PcType.Decimal(10, 2), PortRole.Input),
            new PortSymbol("AMOUNT", PcType.Decimal(20, 4), PortRole.Input),
            new PortSymbol("RATE", PcType.Double, PortRole.Input),
            new PortSymbol("NAME", PcType.String(30), PortRole.Input),
            new PortSymbol("SHIP_DATE", PcType.DateTime, PortRole.Input),
            new PortSymbol("v_TOTAL", PcType.Decimal(12, 2), PortRole.Variable),
        ],
        [
            new ParameterSymbol("$$LAST_RUN", PcType.DateTime, IsVariable: true, AggregationFunction.Max),
            new ParameterSymbol("$$REGION", PcType.String(10), IsVariable: false),
            new ParameterSymbol("$$FILTER", PcType.String(100), IsVariable: false) { ExpressionText = "QTY > 10" },
        ],
        [new LookupSymbol("lkp_rate", [PcType.String(3)], PcType.Decimal(12, 6))]);

    private static ExpressionTranslation Translate(string text, ExpressionSettings? settings = null) =>
        ExpressionTranslator.Translate(text, Scope, settings ?? ExpressionSettings.Default);

    [Theory]
    [InlineData("QTY + QTY", "integer")]
    [InlineData("QTY + BIG", "bigint")]
    [InlineData("QTY * 2", "double")]
    [InlineData("QTY / QTY", "double")]
    [InlineData("PRICE + PRICE", "decimal(11,2)")]
    [InlineData("AMOUNT", "double")]
    [InlineData("PRICE * RATE", "double")]
    [InlineData("PRICE * PRICE", "double")]
    [InlineData("PRICE * AMOUNT", "double")]
    [InlineData("NAME || QTY", "string(42)")]
    [InlineData("QTY > 1", "boolean")]
    [InlineData("NOT QTY", "boolean")]
    [InlineData("-QTY", "integer")]
    [InlineData("SHIP_DATE", "date/time")]
    [InlineData("$$LAST_RUN", "date/time")]
    [InlineData("DD_REJECT", "integer")]
    [InlineData("SESSSTARTTIME", "date/time")]
    [InlineData("$PMSessionName", "string(80)")]
    public void Types_follow_PowerCenter_without_high_precision(string text, string type) => Assert.Equal(type, Translate(text).Type.ToString());

    [Theory]
    [InlineData("QTY * 2", "decimal(12,0)")]
    [InlineData("QTY / QTY", "decimal(21,11)")]
    [InlineData("AMOUNT", "decimal(20,4)")]
    [InlineData("1.25", "decimal(3,2)")]
    public void Types_follow_PowerCenter_with_high_precision(string text, string type) =>
        Assert.Equal(type, Translate(text, ExpressionSettings.Default with { HighPrecision = true }).Type.ToString());

    [Theory]
    [InlineData("MISSING + 1", "I2S0811", 0, "'MISSING' is not a port")]
    [InlineData("iif", "I2S0811", 0, "call it with parentheses")]
    [InlineData("IIF(ISNULL(LKP_EMP.EMP_ID), DD_INSERT, DD_UPDATE)", "I2S0811", 11, "only use the ports of its own transformation")]
    [InlineData("$$NOPE", "I2S0811", 0, "not a parameter or variable of this mapping")]
    [InlineData("$ParamX", "I2S0811", 0, "session parameters cannot be used")]
    [InlineData("NAME + 1", "I2S0815", 0, "arithmetic operators take numbers")]
    [InlineData("SHIP_DATE + 1", "I2S0815", 0, "ADD_TO_DATE")]
    [InlineData("NAME > 1", "I2S0815", 0, "cannot compare")]
    [InlineData("NOSUCH(QTY)", "I2S0812", 0, "NOSUCH is not a function")]
    [InlineData("IIF(QTY)", "I2S0813", 0, "IIF takes 2 to 3 arguments")]
    [InlineData("IIF(QTY > 1, NAME, QTY)", "I2S0813", 19, "one type")]
    [InlineData("$s1.Status = SUCCEEDED", "I2S0816", 0, "task variable")]
    [InlineData(":LKP.lkp_missing(NAME)", "I2S0811", 0, "not an unconnected Lookup")]
    [InlineData(":LKP.lkp_rate(NAME, QTY)", "I2S0813", 0, "one per input port")]
    [InlineData(":SP.proc(QTY)", "I2S0812", 0, "stored procedure")]
    [InlineData("PROC_RESULT", "I2S0812", 0, "stored procedure")]
    public void Problems_are_located_diagnostics(string text, string code, int offset, string message)
    {
        var translation = Translate(text);
        Assert.False(translation.IsTranslated);
        var problem = Assert.Single(translation.Problems, p => p.Code.Code == code);
        Assert.Equal(offset, problem.Span.Start);
        Assert.Contains(message, problem.Message, StringComparison.Ordinal);
        var diagnostic = translation.Diagnostics(new SourceLocation("m.xml", 12, 5, "F/M:m/TR:EXP/P:OUT")).Single(d => d.Code == code);
        Assert.Equal("F/M:m/TR:EXP/P:OUT", diagnostic.Location.ObjectPath);
        Assert.EndsWith($"(at column {offset + 1} of the expression)", diagnostic.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("SHIP_DATE")]
    [InlineData("TO_DATE(NAME, 'garbage')")]
    public void A_condition_or_a_format_that_cannot_be_one_is_refused(string text)
    {
        var translation = ExpressionTranslator.Translate(text, Scope, ExpressionSettings.Default, ExpressionRole.Condition);
        Assert.False(translation.IsTranslated);
    }

    [Fact]
    public void A_string_condition_is_the_number_it_converts_to() =>
        Assert.Equal("CAST(regexp_replace(regexp_extract(`NAME`, '^ *([+-]?([0-9]+([.][0-9]*)?|[.][0-9]+)([eE][+-]?[0-9]+)?)', 1), '^$', '0') AS DOUBLE) <> 0",
            ExpressionTranslator.Translate("NAME", Scope, ExpressionSettings.Default, ExpressionRole.Condition).Sql);

    [Fact]
    public void Every_unknown_name_is_reported_in_one_pass()
    {
        var translation = Translate("IIF(A > 1, B, C) + D");
        Assert.Equal(["'A' is not a port of this transformation", "'B' is not a port of this transformation", "'C' is not a port of this transformation", "'D' is not a port of this transformation"],
            translation.Problems.Select(p => p.Message));
    }

    [Fact]
    public void Expression_variables_are_expanded_before_parsing()
    {
        var translation = Translate("IIF($$FILTER, 1, 0)");
        Assert.True(translation.IsTranslated);
        Assert.Equal("IIF(QTY > 10, 1, 0)", translation.Text);
        Assert.Equal("CASE WHEN `QTY` > 10 THEN 1.0D ELSE 0.0D END", translation.Sql);
        Assert.Empty(translation.RunTimeValues);
    }

    [Fact]
    public void Parameters_and_built_ins_are_run_time_markers()
    {
        var translation = Translate("IIF(SHIP_DATE > $$LAST_RUN AND NAME = $$REGION, SESSSTARTTIME)");
        Assert.Equal("CASE WHEN (`SHIP_DATE` > :LAST_RUN) AND (`NAME` = :REGION) THEN :SESSSTARTTIME END", translation.Sql);
        Assert.Equal(["$$LAST_RUN", "$$REGION", "SESSSTARTTIME"], translation.RunTimeValues.Select(v => v.Name));
    }

    [Fact]
    public void Workflow_conditions_bind_task_variables_and_status_constants()
    {
        var translation = ExpressionTranslator.Translate("$s_load.Status = SUCCEEDED AND $s_load.TgtSuccessRows > 0", ExpressionScope.Empty,
            ExpressionSettings.Default with { WorkflowConditions = true }, ExpressionRole.Condition);
        Assert.Equal("(:s_load_Status = 'SUCCEEDED') AND (:s_load_TgtSuccessRows > 0)", translation.Sql);
    }

    [Fact]
    public void A_decimal_port_over_15_digits_computes_as_double_without_high_precision() =>
        Assert.Equal("CAST(`AMOUNT` AS DOUBLE) + 1.0D", Translate("AMOUNT + 1").Sql);
}
