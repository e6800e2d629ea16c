using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Informatica2Spark.Core.Workflows;

namespace Informatica2Spark.Core.Tests.Emit.Orchestration;

/// <summary>What a job run did: the PowerCenter tasks that ran (in the order Databricks could start them) and the run's result.</summary>
public sealed record DatabricksRun(IReadOnlyList<string> Ran, bool Succeeded, IReadOnlyDictionary<string, string> States);

/// <summary>
/// Runs a generated <c>databricks-job.json</c> as Databricks Jobs would (Databricks: Configure task dependencies, Run if
/// options and their notes; Add branching logic with the If/else task): a task whose dependencies are all excluded is
/// excluded whatever its run_if; otherwise its run_if decides, an excluded dependency counting as successful; ALL_SUCCESS,
/// AT_LEAST_ONE_SUCCESS and NONE_FAILED that do not hold mark it upstream failed. A dependency on a condition task with
/// an outcome is excluded when the condition took the other branch. EQUAL_TO and NOT_EQUAL compare strings; the other
/// operators compare numbers. Python tasks act as the generated i2s_databricks_task.py does; a session's driver
/// succeeds or fails as <c>outcomes</c> says (success with zero rows by default) and publishes its rows and error code.
/// </summary>
public static partial class DatabricksInterpreter
{
    private const string Success = "success", Failed = "failed", Excluded = "excluded", UpstreamFailed = "upstream_failed";

    public static DatabricksRun Run(string json, IReadOnlyDictionary<string, TaskOutcome> outcomes, IReadOnlyDictionary<string, string>? parameters = null)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var jobParameters = root.TryGetProperty("parameters", out var declared)
            ? declared.EnumerateArray().ToDictionary(p => p.GetProperty("name").GetString()!, p => p.GetProperty("default").GetString()!)
            : new Dictionary<string, string>();
        foreach (var (name, value) in parameters ?? new Dictionary<string, string>())
        {
            jobParameters[name] = value;
        }

        var pending = root.GetProperty("tasks").EnumerateArray().Select(t => t.Clone()).ToList();
        var states = new Dictionary<string, string>(StringComparer.Ordinal);
        var outcomesOfConditions = new Dictionary<string, bool>(StringComparer.Ordinal);
        var values = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        var paths = new Dictionary<string, string>(StringComparer.Ordinal);
        var ran = new List<string>();
        var outcomeIndex = new Dictionary<string, TaskOutcome>(outcomes, StringComparer.OrdinalIgnoreCase);

        while (pending.Count > 0)
        {
            var next = pending.FindIndex(t => Dependencies(t).All(d => states.ContainsKey(d.Key)));
            if (next < 0)
            {
                throw new InvalidOperationException("the job's dependencies form a cycle or name an unknown task");
            }

            var task = pending[next];
            pending.RemoveAt(next);
            var key = task.GetProperty("task_key").GetString()!;
            var description = task.GetProperty("description").GetString()!;
            if (PowerCenterTask().Match(description) is { Success: true } match)
            {
                paths[key] = match.Groups[1].Value;
            }

            var edges = Dependencies(task).Select(d =>
            {
                var state = states[d.Key];
                return d.Outcome is null || state != Success ? state : outcomesOfConditions[d.Key].ToString().ToLowerInvariant() == d.Outcome ? Success : Excluded;
            }).ToList();
            var runIf = task.TryGetProperty("run_if", out var r) ? r.GetString()! : "ALL_SUCCESS";
            string? blocked = edges.Count == 0 ? null
                : edges.All(e => e == Excluded) ? Excluded
                : runIf switch
                {
                    "ALL_SUCCESS" => edges.All(e => e is Success or Excluded) ? null : UpstreamFailed,
                    "AT_LEAST_ONE_SUCCESS" => edges.Any(e => e is Success or Excluded) ? null : UpstreamFailed,
                    "NONE_FAILED" => edges.Any(e => e is Failed or UpstreamFailed) || !edges.Any(e => e == Success) ? UpstreamFailed : null,
                    "ALL_DONE" => null,
                    "AT_LEAST_ONE_FAILED" => edges.Any(e => e is Failed or UpstreamFailed) ? null : Excluded,
                    "ALL_FAILED" => edges.All(e => e is Failed or UpstreamFailed) ? null : Excluded,
                    _ => throw new InvalidOperationException($"run_if {runIf}"),
                };
            if (blocked is not null)
            {
                states[key] = blocked;
                continue;
            }

            if (task.TryGetProperty("condition_task", out var condition))
            {
                var left = Resolve(condition.GetProperty("left").GetString()!, values, jobParameters);
                var right = Resolve(condition.GetProperty("right").GetString()!, values, jobParameters);
                outcomesOfConditions[key] = condition.GetProperty("op").GetString() switch
                {
                    "EQUAL_TO" => left == right,
                    "NOT_EQUAL" => left != right,
                    var op => Numeric(op!, Number(left), Number(right)),
                };
                states[key] = Success;
            }
            else if (task.TryGetProperty("spark_jar_task", out _))
            {
                var path = paths[key];
                ran.Add(path);
                states[key] = Fails(outcomeIndex.GetValueOrDefault(path)) ? Failed : Success;
            }
            else
            {
                var arguments = task.GetProperty("spark_python_task").GetProperty("parameters").EnumerateArray().Select(a => a.GetString()!).ToList();
                var resolved = arguments.Select(a => Resolve(a, values, jobParameters, states)).ToList();
                states[key] = Python(key, arguments[0], resolved, paths, outcomeIndex, values, ran);
            }
        }

        var end = states.Single(s => s.Key == "workflow__status");
        return new DatabricksRun(ran, end.Value == Success, states);
    }

    private static string Python(string key, string mode, List<string> args, Dictionary<string, string> paths, Dictionary<string, TaskOutcome> outcomes,
        Dictionary<string, Dictionary<string, string>> values, List<string> ran)
    {
        switch (mode)
        {
            case "state":
                var status = StatusOf(Option(args, "--result"), args.Contains("--disabled"));
                var published = Zero(status);
                if (Option(args, "--decision-false") is { } falseResult)
                {
                    var took = status == "SUCCEEDED" ? "TRUE" : StatusOf(falseResult, false) == "SUCCEEDED" ? "FALSE" : null;
                    published["Status"] = took is null ? "NOTSTARTED" : "SUCCEEDED";
                    published["Condition"] = took ?? string.Empty;
                }

                var before = args.Select((a, i) => (a, i)).Where(p => p.a == "--prev" && p.i + 1 < args.Count && args[p.i + 1] != "NOTSTARTED").Select(p => args[p.i + 1]).ToList();
                published["PrevTaskStatus"] = before.Count > 0 ? before[^1] : "NOTSTARTED";
                var work = key[..^"__state".Length];
                if (Option(args, "--job") is not null && status != "NOTSTARTED" && outcomes.GetValueOrDefault(paths[work]) is { } outcome)
                {
                    published["SrcSuccessRows"] = outcome.SrcSuccessRows.ToString(CultureInfo.InvariantCulture);
                    published["TgtSuccessRows"] = outcome.TgtSuccessRows.ToString(CultureInfo.InvariantCulture);
                    published["TgtFailedRows"] = outcome.TgtFailedRows.ToString(CultureInfo.InvariantCulture);
                    published["SrcFailedRows"] = outcome.SrcFailedRows.ToString(CultureInfo.InvariantCulture);
                    published["TotalTransErrors"] = outcome.TotalTransErrors.ToString(CultureInfo.InvariantCulture);
                    published["ErrorCode"] = (outcome.ErrorCode != 0 ? outcome.ErrorCode : Fails(outcome) ? 1 : 0).ToString(CultureInfo.InvariantCulture);
                }

                values[key] = published;
                return Success;
            case "worklet":
                var worklet = StatusOf(Option(args, "--result"), false);
                values[key] = Zero(worklet != "NOTSTARTED" && Failures(args) ? "FAILED" : worklet);
                return Success;
            case "end":
                return Failures(args) ? Failed : Success;
            case "command":
            case "fail":
            case "noop":
                if (paths.TryGetValue(key, out var path) && !(mode == "noop" && Option(args, "--kind") == "disabled"))
                {
                    ran.Add(path);
                }

                return mode == "fail" || (mode == "command" && Fails(outcomes.GetValueOrDefault(paths[key]))) ? Failed : Success;
            default:
                throw new InvalidOperationException($"python mode {mode}");
        }
    }

    /// <summary>A driver or command that ends FAILED, ABORTED or STOPPED is a failed Databricks task.</summary>
    private static bool Fails(TaskOutcome? outcome) => outcome?.Status is TaskRunStatus.Failed or TaskRunStatus.Aborted or TaskRunStatus.Stopped;

    private static Dictionary<string, string> Zero(string status) => new(StringComparer.Ordinal)
    {
        ["Status"] = status, ["SrcSuccessRows"] = "0", ["SrcFailedRows"] = "0", ["TgtSuccessRows"] = "0", ["TgtFailedRows"] = "0",
        ["TotalTransErrors"] = "0", ["ErrorCode"] = "0",
    };

    private static bool Failures(List<string> args)
    {
        for (var i = 0; i + 2 < args.Count; i++)
        {
            if ((args[i] == "--fail-if-failed" && args[i + 2] == "FAILED") || (args[i] == "--fail-if-not-run" && args[i + 2] is "NOTSTARTED" or "DISABLED")
                || (args[i] == "--fail-if-ran" && args[i + 2] is "SUCCEEDED" or "FAILED"))
            {
                return true;
            }
        }

        return false;
    }

    private static string StatusOf(string? result, bool disabled) => result switch
    {
        Success => disabled ? "DISABLED" : "SUCCEEDED",
        Failed or "timedout" => "FAILED",
        "canceled" => "STOPPED",
        _ => "NOTSTARTED",
    };

    private static string? Option(List<string> args, string name) => args.IndexOf(name) is var i and >= 0 && i + 1 < args.Count ? args[i + 1] : null;

    private static string Resolve(string text, Dictionary<string, Dictionary<string, string>> values, Dictionary<string, string> parameters, Dictionary<string, string>? states = null) =>
        Reference().Replace(text, m =>
        {
            var parts = m.Groups[1].Value.Split('.');
            return parts switch
            {
                ["tasks", var task, "values", var name] => values.TryGetValue(task, out var published) && published.TryGetValue(name, out var value)
                    ? value : throw new InvalidOperationException($"{m.Value}: task {task} set no value {name}"),
                ["tasks", var task, "result_state"] => states is not null && states.TryGetValue(task, out var state) ? state : throw new InvalidOperationException(m.Value),
                ["job", "parameters", var name] => parameters[name],
                ["job", "run_id"] => "774411",
                _ => throw new InvalidOperationException($"unknown reference {m.Value}"),
            };
        });

    private static decimal Number(string text) =>
        decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : throw new InvalidOperationException($"'{text}' is not a number");

    private static bool Numeric(string op, decimal left, decimal right) => op switch
    {
        "GREATER_THAN" => left > right,
        "GREATER_THAN_OR_EQUAL" => left >= right,
        "LESS_THAN" => left < right,
        "LESS_THAN_OR_EQUAL" => left <= right,
        _ => throw new InvalidOperationException($"condition op {op}"),
    };

    private static IEnumerable<(string Key, string? Outcome)> Dependencies(JsonElement task) =>
        task.TryGetProperty("depends_on", out var dependsOn)
            ? dependsOn.EnumerateArray().Select(d => (d.GetProperty("task_key").GetString()!, d.TryGetProperty("outcome", out var o) ? o.GetString() : null))
            : [];

    [GeneratedRegex(@"^PowerCenter task (\S+) \(")]
    private static partial Regex PowerCenterTask();

    [GeneratedRegex(@"\{\{([^}]+)\}\}")]
    private static partial Regex Reference();
}
