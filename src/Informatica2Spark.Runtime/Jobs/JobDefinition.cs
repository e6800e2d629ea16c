using System;
using System.Collections.Generic;

namespace Informatica2Spark.Runtime;

/// <summary>
/// What a generated driver knows about its session when it is built: identity, recovery, store, the per-run
/// parameters with the values resolved at conversion, and the mapping variables. <c>job.yaml</c> and the command
/// line override the values when the driver starts.
/// </summary>
public sealed record JobDefinition
{
    /// <summary>The session's object path, e.g. <c>SALES/WF:wf_daily/ST:s_load</c>.</summary>
    public string SessionId { get; init; } = string.Empty;

    public string? WorkflowId { get; init; }

    /// <summary><c>resume</c>, <c>restart</c> or <c>fail</c>: the session's Recovery Strategy.</summary>
    public string Recovery { get; init; } = "fail";

    /// <summary><c>on</c>, <c>failed</c> or <c>off</c>.</summary>
    public string Persist { get; init; } = "off";

    /// <summary><c>sqlite</c>, <c>postgres</c> or <c>none</c>.</summary>
    public string Store { get; init; } = "sqlite";

    /// <summary>The SQLite file, or the secret reference to the PostgreSQL connection string.</summary>
    public string StoreLocation { get; init; } = StoreOptions.DefaultSqlitePath;

    /// <summary>Per-run parameters (not mapping variables) by name with <c>$</c> or <c>$$</c>, and their values at conversion.</summary>
    public IReadOnlyDictionary<string, string?> Parameters { get; init; } = new Dictionary<string, string?>();

    public IReadOnlyList<VariableDefinition> Variables { get; init; } = Array.Empty<VariableDefinition>();

    /// <summary>
    /// The session's Stop on errors: the run fails once this many rows are rejected (row errors, rejected rows); 0
    /// never stops (PowerCenter Workflow Basics Guide: Session Properties, Config Object tab, Error Handling).
    /// </summary>
    public int StopOnErrors { get; init; }
}

/// <summary>A mapping variable as the export declares it: name, PowerCenter datatype, initial value, and a value from a parameter file.</summary>
public sealed record VariableDefinition(string Name, string DataType, string? InitialValue, string? ParameterFileValue = null)
{
    public VariableDeclaration ToDeclaration() => new(Name, VariableDeclaration.DataTypeOf(DataType), InitialValue);
}

/// <summary>The driver cannot start as asked; <see cref="ExitCode"/> is what the driver exits with.</summary>
public sealed class JobStartException : Exception
{
    public JobStartException(string message, int exitCode, Exception? inner = null)
        : base(message, inner)
    {
        ExitCode = exitCode;
    }

    public int ExitCode { get; }
}
