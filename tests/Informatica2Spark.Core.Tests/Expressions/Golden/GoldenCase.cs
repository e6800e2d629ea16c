using Informatica2Spark.Core.Expressions.Binding;
using Informatica2Spark.Core.Expressions.Translation;
using Informatica2Spark.Core.Expressions.Types;

namespace Informatica2Spark.Core.Tests.Expressions.Golden;

/// <summary>
/// One row of the golden table (<c>testdata/expressions/golden/*.yaml</c>): an expression with its ports, parameters,
/// settings and input values, the documented PowerCenter result with its source, and the expected Spark SQL and
/// verdict. See testdata/expressions/golden/README.md for every field.
/// </summary>
public sealed class GoldenCase
{
    public string Id { get; set; } = string.Empty;

    public string Expression { get; set; } = string.Empty;

    /// <summary>Port name to type (<c>string(10)</c>, <c>decimal(10,2)</c>, <c>date/time</c>...).</summary>
    public Dictionary<string, string> Ports { get; set; } = [];

    /// <summary>Mapping parameters as <c>$$NAME:TYPE=VALUE</c>.</summary>
    public List<string> Params { get; set; } = [];

    /// <summary>Mapping variables as <c>$$NAME:TYPE=START</c>: the start value is bound where the expression reads the variable.</summary>
    public List<string> Variables { get; set; } = [];

    public GoldenSettings Settings { get; set; } = new();

    /// <summary>Port values as invariant text (dates <c>yyyy-MM-dd HH:mm:ss[.ffffff]</c>); a missing or null value is NULL.</summary>
    public Dictionary<string, string?> Inputs { get; set; } = [];

    /// <summary>For aggregate rows: several input rows; the expression is evaluated over all of them.</summary>
    public List<Dictionary<string, string?>> Rows { get; set; } = [];

    /// <summary>
    /// For running functions (CUME, MOVINGSUM...): the documented result of each of <see cref="Rows"/>, in order; the
    /// expression is evaluated on every row, the rows arriving in the order given.
    /// </summary>
    public List<string?> Results { get; set; } = [];

    /// <summary>The documented result as invariant text; null is NULL.</summary>
    public string? Result { get; set; }

    /// <summary>The row is a row error with this message (the value does not count).</summary>
    public string? RowError { get; set; }

    /// <summary>The row stops the session (ABORT).</summary>
    public bool Aborts { get; set; }

    /// <summary>Where the documented result comes from: the PowerCenter page (and example) it follows.</summary>
    public string Source { get; set; } = string.Empty;

    /// <summary>The expected Spark SQL of the value; null when not translated.</summary>
    public string? Sql { get; set; }

    /// <summary>The expected Spark SQL of the row error, when the expression can raise one.</summary>
    public string? ErrorSql { get; set; }

    /// <summary>exact, approximate or unsupported.</summary>
    public string Verdict { get; set; } = "exact";

    /// <summary>The expected inferred PowerCenter type, when the row checks it.</summary>
    public string? Type { get; set; }

    /// <summary>A diagnostic code the translation must report (for rows that are not translated or approximate).</summary>
    public string? Diagnostic { get; set; }

    /// <summary><c>duckdb</c> (default for translated rows): executed on DuckDB; <c>spark</c>: the result depends on a Spark-only function.</summary>
    public string? Engine { get; set; }

    /// <summary>Free text: why the row exists.</summary>
    public string? Note { get; set; }

    /// <summary>The file the row came from (set by the loader).</summary>
    public string File { get; set; } = string.Empty;

    public bool RunsOnDuckDb => Verdict != "unsupported" && (Engine ?? "duckdb") == "duckdb";

    public ExpressionRequest Request() => new(
        Expression,
        [.. Ports.Select(p => new PortDeclaration(p.Key, PcTypes.Parse(p.Value) ?? throw new InvalidOperationException($"{Id}: port type '{p.Value}'")))],
        [.. Params.Select(p => Parameter(p, false)), .. Variables.Select(v => Parameter(v, true))])
    {
        Settings = new ExpressionSettings
        {
            HighPrecision = Settings.HighPrecision,
            NullComparison = Enum.Parse<NullComparison>(Settings.NullComparison, ignoreCase: true),
            DateTimeFormat = Settings.DateFormat ?? ExpressionSettings.DefaultDateTimeFormat,
            CurrentYear = Settings.CurrentYear,
            SparkVersion = Version.Parse(Settings.SparkVersion),
            AllowAggregates = true,
            WorkflowConditions = Settings.Workflow,
        },
        Role = Settings.Condition ? ExpressionRole.Condition : ExpressionRole.Value,
        CurrentYear = Settings.CurrentYear ?? 2026,
    };

    private ParameterDeclaration Parameter(string text, bool isVariable)
    {
        var equals = text.IndexOf('=', StringComparison.Ordinal);
        var head = text[..equals];
        var colon = head.IndexOf(':', StringComparison.Ordinal);
        var type = PcTypes.Parse(head[(colon + 1)..]) ?? throw new InvalidOperationException($"{Id}: parameter type in '{text}'");
        return new ParameterDeclaration(head[..colon], type, text[(equals + 1)..], isVariable);
    }

    public override string ToString() => $"{File}:{Id}";
}

/// <summary>Session and service settings a golden row translates under; defaults are PowerCenter's.</summary>
public sealed class GoldenSettings
{
    public bool HighPrecision { get; set; }

    public string NullComparison { get; set; } = "null";

    public string? DateFormat { get; set; }

    public string SparkVersion { get; set; } = "3.5";

    /// <summary>The current year two-digit years (RR, YY) resolve against; null: the year when the job runs.</summary>
    public int? CurrentYear { get; set; }

    /// <summary>Translate as a filter condition.</summary>
    public bool Condition { get; set; }

    /// <summary>Task variables in scope (workflow conditions).</summary>
    public bool Workflow { get; set; }
}
