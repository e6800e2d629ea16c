using Informatica2Spark.Runtime.Tests.Support;
using Xunit;

namespace Informatica2Spark.Runtime.Tests.Variables;

/// <summary>Start values by PowerCenter's precedence, and the SET functions' semantics.</summary>
public sealed class VariableStartTests : IDisposable
{
    private const string Session = "SALES/WF:wf_daily/ST:s_load_orders";
    private readonly TestStore store = TestStore.Sqlite();

    public void Dispose() => store.Dispose();

    [Fact]
    public void Parameter_file_wins_over_pre_session_assignment_over_saved_value_over_initial_value_over_datatype_default()
    {
        var saved = new[] { Declare("$$FROM_FILE"), Declare("$$FROM_ASSIGNMENT"), Declare("$$FROM_SAVED") };
        using (var first = SessionContext.Start(store.Run(Session) with { Variables = saved }))
        {
            saved.ToList().ForEach(v => first.Variables.SetVariable(v.Name, 40));
            first.Complete();
        }

        using var second = SessionContext.Start(store.Run(Session) with
        {
            Variables = [.. saved, Declare("$$FROM_INITIAL", "7"), Declare("$$FROM_DEFAULT")],
            ParameterFileValues = new Dictionary<string, string> { ["$$from_file"] = "1" },
            PreSessionAssignments = new Dictionary<string, string> { ["$$FROM_FILE"] = "2", ["FROM_ASSIGNMENT"] = "3" },
        });

        Assert.Equal(
            [
                "$$FROM_ASSIGNMENT=3 PreSessionAssignment", "$$FROM_DEFAULT=0 DatatypeDefault", "$$FROM_FILE=1 ParameterFile",
                "$$FROM_INITIAL=7 InitialValue", "$$FROM_SAVED=40 SavedByLastSuccessfulRun",
            ],
            second.Variables.Declarations.Select(d => $"{d.Name}={second.Variables.GetText(d.Name)} {second.Variables.OriginOf(d.Name)}").Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Datatype_defaults_are_empty_text_zero_and_1753()
    {
        using var context = SessionContext.Start(store.Run(Session) with
        {
            Variables = [new("$$S", VariableDataType.String), new("$$N", VariableDataType.Decimal), new("$$D", VariableDataType.Date)],
        });

        Assert.Equal(string.Empty, context.Variables.Get("$$S"));
        Assert.Equal(0m, context.Variables.Get("$$N"));
        Assert.Equal(new DateTime(1753, 1, 1), context.Variables.Get("$$D"));
    }

    [Fact]
    public void Set_functions_follow_powercenter_and_ignore_nulls()
    {
        using var context = SessionContext.Start(store.Run(Session) with
        {
            Variables = [Declare("$$MAX", "10"), Declare("$$MIN", "10"), Declare("$$COUNT"), new("$$LAST", VariableDataType.String, "x")],
        });
        var variables = context.Variables;

        variables.SetMaxVariable("$$MAX", 7);
        variables.SetMaxVariable("$$MAX", "12");
        variables.SetMaxVariable("$$MAX", null);
        variables.SetMinVariable("$$MIN", 12L);
        variables.SetMinVariable("$$MIN", 3.0);
        variables.SetCountVariable("$$COUNT");
        variables.SetCountVariable("$$COUNT");
        variables.SetCountVariable("$$COUNT", -1);
        variables.SetVariable("$$LAST", "y");
        variables.SetVariable("$$LAST", null);

        Assert.Equal([12L, 3L, 1L], new[] { "$$MAX", "MIN", "$$count" }.Select(n => variables.Get<long>(n)));
        Assert.Equal("y", variables.Get<string>("$$LAST"));
        Assert.Equal(10L, variables.StartValueOf("$$MAX"));
        Assert.Contains("$$NOPE is not a declared", Assert.Throws<RunStateException>(() => variables.Get("$$NOPE")).Message);
        Assert.Contains("not a valid integer", Assert.Throws<RunStateException>(() => variables.SetVariable("$$MAX", "ten")).Message);
    }

    [Fact]
    public void Workflow_variables_are_shared_by_the_sessions_of_the_workflow()
    {
        var declaration = new VariableDeclaration("$$RUN_NO", VariableDataType.Integer, Scope: VariableScope.Workflow);
        using (var load = SessionContext.Start(store.Run("SALES/WF:wf_daily/ST:s_a") with { WorkflowId = "SALES/WF:wf_daily", Variables = [declaration] }))
        {
            load.Variables.SetCountVariable("$$RUN_NO");
            load.Complete();
        }

        using var other = SessionContext.Start(store.Run("SALES/WF:wf_daily/ST:s_b") with { WorkflowId = "SALES/WF:wf_daily", Variables = [declaration] });

        Assert.Equal(1L, other.Variables.Get("$$RUN_NO"));
        Assert.Equal(["SALES/WF:wf_daily|workflow|$$RUN_NO|1"], store.Rows("SELECT owner_id, scope, name, value FROM i2s_global"));
    }

    [Fact]
    public void A_value_saved_by_an_unknown_convertor_is_reported_by_name()
    {
        using (var first = SessionContext.Start(store.Run(Session) with { Variables = [Declare("$$N")] }))
        {
            first.Complete();
        }

        store.Rows("UPDATE i2s_global SET convertor = 'xml'");

        var error = Assert.Throws<RunStateException>(() => SessionContext.Start(store.Run(Session) with { Variables = [Declare("$$N")] }));
        Assert.Contains("convertor 'xml', which this driver does not register", error.Message);
    }

    [Fact]
    public void Values_are_read_back_by_the_convertor_named_beside_them()
    {
        var upper = new UpperJsonConvertor();
        var declaration = new VariableDeclaration("$$NAME", VariableDataType.String);
        using (var first = SessionContext.Start(store.Run(Session) with { Variables = [declaration], Convertors = new ValueConvertors(upper) }))
        {
            first.Variables.SetVariable("$$NAME", "orders");
            first.Complete();
        }

        using var second = SessionContext.Start(store.Run(Session) with { Variables = [declaration], Convertors = new ValueConvertors(new JsonValueConvertor(), upper) });

        Assert.Equal(["\"ORDERS\"|upper"], store.Rows("SELECT value, convertor FROM i2s_global"));
        Assert.Equal("orders", second.Variables.Get("$$NAME"));
    }

    private static VariableDeclaration Declare(string name, string? initial = null) => new(name, VariableDataType.Integer, initial);

    private sealed class UpperJsonConvertor : IValueConvertor
    {
        public string Name => "upper";

        public string? Write(object? value, Type type) => new JsonValueConvertor().Write(value, type)?.ToUpperInvariant();

        public object? Read(string? text, Type type) => new JsonValueConvertor().Read(text?.ToLowerInvariant(), type);
    }
}
