using System.Text;
using Informatica2Spark.Core.Diagnostics;
using Informatica2Spark.Core.Parameters;
using Informatica2Spark.Core.Sessions;
using Informatica2Spark.Core.Tests.Parsing;
using Informatica2Spark.Testing;
using Xunit;

namespace Informatica2Spark.Core.Tests.Parameters;

public class ParameterResolverTests
{
    private static ParameterFile Load(string name) => ParameterFileTests.Load(name);

    /// <summary>The SALES end-to-end session: its scope and its mapping's declared parameters, read from the export.</summary>
    private static ParameterRequest SalesRequest()
    {
        var document = ExportReaderTests.Read("exports/sales_orders.xml");
        var occurrence = SessionOccurrences.Of(document).Single(o => o.Name == "s_m_sales_orders");
        var mapping = document.Folders.Single().Mappings.Single();
        return new ParameterRequest(occurrence.Scope())
        {
            MappingName = mapping.Name,
            Declared = mapping.Variables.Select(v => new DeclaredParameter(v.Name, v.DataType, v.DefaultValue, !v.IsParameter,
                new SourceLocation("testdata/exports/sales_orders.xml", v.Position.Line, v.Position.Column, "SALES/M:m_sales_orders"))).ToList(),
            Location = new SourceLocation("testdata/exports/sales_orders.xml", 1, 1, occurrence.ObjectPath),
        };
    }

    private static Dictionary<string, ResolvedParameter> ByName(ParameterResolution resolution) =>
        resolution.Parameters.ToDictionary(p => p.Name, StringComparer.OrdinalIgnoreCase);

    [Fact]
    public void Each_layer_wins_over_the_ones_below_it()
    {
        var request = SalesRequest() with
        {
            Files = [Load("sales.prm")],
            Cli = [new CliParameter("$$EUR_RATE", "0.95")],
            Environment = new Dictionary<string, string> { ["I2S_PARAM__LOAD_DATE"] = "2026-05-01", ["PATH"] = "/usr/bin" },
            Used = ["$$LOAD_DATE", "$$EUR_RATE", "$$MAX_ORDER_DATE", "$DBConnection_Src", "$PMFolderName", "$PMSourceFileDir", "SESSSTARTTIME"],
        };

        var resolved = ByName(ParameterResolver.Resolve(request));

        Assert.Equal(("0.95", ParameterLayer.Cli), (resolved["$$EUR_RATE"].Value, resolved["$$EUR_RATE"].Layer));
        Assert.Equal(("2026-05-01", ParameterLayer.Environment, "I2S_PARAM__LOAD_DATE"), (resolved["$$LOAD_DATE"].Value, resolved["$$LOAD_DATE"].Layer, resolved["$$LOAD_DATE"].Origin));
        Assert.Equal(("ORA_SALES_PROD", ParameterLayer.Session, "testdata/params/sales.prm:29"), (resolved["$DBConnection_Src"].Value, resolved["$DBConnection_Src"].Layer, resolved["$DBConnection_Src"].Origin));
        Assert.Equal(("SALES", ParameterLayer.System), (resolved["$PMFolderName"].Value, resolved["$PMFolderName"].Layer));
        Assert.Equal(("1/1/1753", ParameterLayer.Default), (resolved["$$MAX_ORDER_DATE"].Value, resolved["$$MAX_ORDER_DATE"].Layer));
        Assert.False(resolved.ContainsKey("PATH"));
    }

    [Fact]
    public void Mapping_defaults_apply_when_nothing_else_gives_a_value()
    {
        var resolved = ByName(ParameterResolver.Resolve(SalesRequest()));

        Assert.Equal(("2026-01-01", ParameterLayer.Mapping), (resolved["$$LOAD_DATE"].Value, resolved["$$LOAD_DATE"].Layer));
        Assert.StartsWith("testdata/exports/sales_orders.xml:", resolved["$$LOAD_DATE"].Origin, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_time_built_ins_stay_expressions()
    {
        var resolved = ByName(ParameterResolver.Resolve(SalesRequest() with { Used = ["SESSSTARTTIME", "$PMWorkflowRunId", "$PMSourceFileDir", "$PMSessionName"] }));

        Assert.True(resolved["SESSSTARTTIME"].IsRunTime);
        Assert.Equal("SESSSTARTTIME", resolved["SESSSTARTTIME"].Value);
        Assert.True(resolved["$PMWorkflowRunId"].IsRunTime);
        Assert.Equal(("$PMRootDir/SrcFiles", true), (resolved["$PMSourceFileDir"].Value, resolved["$PMSourceFileDir"].IsRunTime));
        Assert.Equal(("s_m_sales_orders", false), (resolved["$PMSessionName"].Value, resolved["$PMSessionName"].IsRunTime));
    }

    [Fact]
    public void Resolution_with_every_layer_snapshot()
    {
        var resolution = ParameterResolver.Resolve(SalesRequest() with
        {
            Files = [Load("sales.prm"), Load("sales_override.prm")],
            Cli = [new CliParameter("$$EUR_RATE", "0.95")],
            Environment = new Dictionary<string, string> { ["I2S_PARAM_DBConnection_Tgt"] = "DWH_FROM_ENV" },
            Used = ["$$LOAD_DATE", "$$EUR_RATE", "$$MAX_ORDER_DATE", "$DBConnection_Src", "$DBConnection_Tgt", "$DBConnection_Lkp", "$PMFolderName", "$PMSourceFileDir", "SESSSTARTTIME", "$InputFile_Customers"],
        });

        var text = new StringBuilder();
        foreach (var p in resolution.Parameters)
        {
            text.Append($"{p.Name} = {(p.Value is null ? "(unresolved)" : "'" + p.Value + "'")} [{p.Layer?.ToString().ToLowerInvariant() ?? "-"}{(p.IsRunTime ? ", run-time" : string.Empty)}] {p.Origin}\n");
        }

        text.Append('\n');
        foreach (var d in resolution.Diagnostics)
        {
            text.Append(d).Append('\n');
        }

        Snapshot.Verify(text.ToString(), "txt");
    }

    [Fact]
    public void Each_diagnostic_is_raised_where_it_applies()
    {
        var resolution = ParameterResolver.Resolve(SalesRequest() with
        {
            Files = [Load("sales.prm")],
            Cli = [new CliParameter("$$EUR_RATE", "not-a-number")],
            Used = ["$$LOAD_DATE", "$$EUR_RATE", "$DBConnection_Lkp", "$InputFile_Customers"],
        });
        var codes = resolution.Diagnostics.GroupBy(d => d.Code).ToDictionary(g => g.Key, g => g.Select(d => d.Message).ToList());

        Assert.Contains("$DBConnection_Lkp", Assert.Single(codes["I2S0304"]), StringComparison.Ordinal);
        Assert.Contains("$$MAX_ORDER_DATE", Assert.Single(codes["I2S0305"]), StringComparison.Ordinal);
        Assert.Contains(codes["I2S0306"], m => m.StartsWith("$DBConnection_Tgt ", StringComparison.Ordinal));
        Assert.Contains(codes["I2S0307"], m => m.StartsWith("$$EUR_RATE: 'not-a-number' from --param $$EUR_RATE (cli) shadows '0.92'", StringComparison.Ordinal));
        Assert.Contains("not a valid decimal", Assert.Single(codes["I2S0308"]), StringComparison.Ordinal);
        Assert.Contains(codes["I2S0309"], m => m.StartsWith("$InputFile_Customers = '/data/in/customers_$$LOAD_DATE.dat' mentions $$LOAD_DATE", StringComparison.Ordinal));
        Assert.Equal(Severity.Error, resolution.Diagnostics.Single(d => d.Code == "I2S0304").Severity);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_missing_value_names_the_environment_variable_only_where_the_environment_is_read(bool readsEnvironment)
    {
        var resolution = ParameterResolver.Resolve(SalesRequest() with { ReadsEnvironment = readsEnvironment, Used = ["$DBConnection_Lkp"] });

        var message = Assert.Single(resolution.Diagnostics, d => d.Code == "I2S0304").Message;
        Assert.Contains("--param $DBConnection_Lkp=VALUE", message, StringComparison.Ordinal);
        Assert.Equal(readsEnvironment, message.Contains("I2S_PARAM_DBConnection_Lkp", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("$DBConnection_Src", "I2S_PARAM_DBConnection_Src")]
    [InlineData("$$LOAD_DATE", "I2S_PARAM__LOAD_DATE")]
    [InlineData("$PMSessionLogFile", "I2S_PARAM_PMSessionLogFile")]
    public void Environment_names_map_both_ways(string parameter, string variable)
    {
        Assert.Equal(variable, ParameterEnvironment.VariableName(parameter));
        Assert.Equal(parameter, ParameterEnvironment.ParameterName(variable));
        Assert.Equal(parameter, ParameterEnvironment.ParameterName(variable.ToLowerInvariant()), StringComparer.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("PATH")]
    [InlineData("I2S_PARAM_")]
    [InlineData("I2S_PARAM___")]
    public void Other_environment_variables_are_not_parameters(string variable) => Assert.Null(ParameterEnvironment.ParameterName(variable));

    [Theory]
    [InlineData("string", "")]
    [InlineData("nstring", "")]
    [InlineData("integer", "0")]
    [InlineData("decimal", "0")]
    [InlineData("double", "0")]
    [InlineData("date/time", "1/1/1753")]
    public void Datatype_defaults_follow_PowerCenter(string dataType, string expected) =>
        Assert.Equal(expected, ParameterResolver.DatatypeDefault(dataType));
}
