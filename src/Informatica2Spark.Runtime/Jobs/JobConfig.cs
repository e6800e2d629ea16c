using System.Collections.Generic;

namespace Informatica2Spark.Runtime;

/// <summary>
/// The schema of <c>job.yaml</c> (docs/job-config.md). The driver reads its parameters and state; the rest
/// records the job for review: identity, Spark conf, sources, targets and variables.
/// </summary>
public sealed class JobConfig
{
    public int Version { get; set; }

    public JobIdentityConfig Job { get; set; } = new();

    public SparkConfig Spark { get; set; } = new();

    public List<DataSourceConfig> Sources { get; set; } = new();

    public List<TargetConfig> Targets { get; set; } = new();

    public List<ParameterConfig> Parameters { get; set; } = new();

    public List<VariableConfig> Variables { get; set; } = new();

    public StateConfig State { get; set; } = new();
}

public sealed class JobIdentityConfig
{
    public string Name { get; set; } = string.Empty;

    public string AppName { get; set; } = string.Empty;

    public string ObjectPath { get; set; } = string.Empty;

    public string Repository { get; set; } = string.Empty;

    public string Folder { get; set; } = string.Empty;

    public string? Workflow { get; set; }

    public List<string> Worklets { get; set; } = new();

    public string Mapping { get; set; } = string.Empty;

    public string Source { get; set; } = string.Empty;

    /// <summary><c>converted</c>, <c>partial</c> or <c>failed</c>.</summary>
    public string Status { get; set; } = string.Empty;
}

public sealed class SparkConfig
{
    public string Version { get; set; } = string.Empty;

    public string ScalaVersion { get; set; } = string.Empty;

    public string DotnetSparkVersion { get; set; } = string.Empty;

    public string Jar { get; set; } = string.Empty;

    public List<ConfEntry> Conf { get; set; } = new();
}

public sealed class ConfEntry
{
    public string Key { get; set; } = string.Empty;

    public string Value { get; set; } = string.Empty;

    public string Rule { get; set; } = string.Empty;

    public string Rationale { get; set; } = string.Empty;
}

public class DataSourceConfig
{
    public string Instance { get; set; } = string.Empty;

    public string? Qualifier { get; set; }

    public string? Connection { get; set; }

    public string? Format { get; set; }

    public List<OptionConfig> Options { get; set; } = new();

    /// <summary>The view of mapping.sql: the one a source's rows are read into, or the one whose rows a target load writes; null when none.</summary>
    public string? View { get; set; }

    /// <summary>The schema a source is read with, as Spark DDL; null when the data source decides.</summary>
    public string? Schema { get; set; }

    /// <summary>Spark SQL select expressions applied after a read or before a write (fixed-width files); empty when none.</summary>
    public List<string> Projection { get; set; } = new();

    /// <summary>Why the driver cannot use it; null when it can.</summary>
    public string? Refusal { get; set; }
}

public sealed class TargetConfig : DataSourceConfig
{
    public string Step { get; set; } = string.Empty;

    /// <summary><c>append</c> or <c>overwrite</c>.</summary>
    public string Mode { get; set; } = string.Empty;

    /// <summary>The transformation instances its rows pass through, in mapping order.</summary>
    public List<string> Path { get; set; } = new();

    /// <summary>The source views whose rows count as read.</summary>
    public List<string> Reads { get; set; } = new();

    /// <summary>The views of rejected rows on its path, counted as rejected.</summary>
    public List<string> Rejects { get; set; } = new();
}

/// <summary>A data source option: a value, or a secret reference (never a secret value).</summary>
public sealed class OptionConfig
{
    public string Key { get; set; } = string.Empty;

    public string? Value { get; set; }

    public string? Secret { get; set; }

    public string? Rationale { get; set; }
}

public sealed class ParameterConfig
{
    public string Name { get; set; } = string.Empty;

    public string? Value { get; set; }

    public string? Layer { get; set; }

    public string? Origin { get; set; }

    /// <summary>The driver takes a new value per run from its arguments or environment.</summary>
    public bool RunTime { get; set; }
}

public sealed class VariableConfig
{
    public string Name { get; set; } = string.Empty;

    public string DataType { get; set; } = string.Empty;

    public string? InitialValue { get; set; }

    public string Aggregation { get; set; } = string.Empty;
}

public sealed class StateConfig
{
    /// <summary><c>sqlite</c>, <c>postgres</c> or <c>none</c>.</summary>
    public string Store { get; set; } = "sqlite";

    /// <summary>SQLite: the database file.</summary>
    public string? Path { get; set; }

    /// <summary>PostgreSQL: a secret reference to the connection string.</summary>
    public string? Connection { get; set; }

    /// <summary>PostgreSQL, optional: the schema of the tables.</summary>
    public string? Schema { get; set; }

    /// <summary><c>resume</c>, <c>restart</c> or <c>fail</c>.</summary>
    public string Recovery { get; set; } = "fail";

    /// <summary><c>on</c>, <c>failed</c> or <c>off</c>.</summary>
    public string? Persist { get; set; }
}
