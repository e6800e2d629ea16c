using System.Text.Json;
using Json.Schema;

namespace Informatica2Spark.Core.Tests.Emit.Orchestration;

/// <summary>
/// Checks a generated <c>databricks-job.json</c>: against the JSON Schema derived from the Jobs API 2.1 specification
/// (Schemas/databricks-jobs-create.schema.json, its <c>$comment</c> names the source), then what a schema cannot say:
/// every dependency names a task defined before it is needed (no cycle), an outcome follows only a condition task,
/// task keys are unique and every job cluster key is defined.
/// </summary>
public static class DatabricksJobSchema
{
    private static readonly Lazy<JsonSchema> Schema = new(() =>
        JsonSchema.FromText(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Emit", "Orchestration", "Schemas", "databricks-jobs-create.schema.json"))));

    /// <summary>Every problem found, one line each, the JSON location first; empty when the job is valid.</summary>
    public static IReadOnlyList<string> Problems(string json)
    {
        using var document = JsonDocument.Parse(json);
        var result = Schema.Value.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        var problems = result.IsValid ? [] : (result.Details ?? [])
            .Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}"))
            .DefaultIfEmpty("the job does not match the schema")
            .ToList();

        var root = document.RootElement;
        var clusters = root.TryGetProperty("job_clusters", out var declared)
            ? declared.EnumerateArray().Select(c => c.GetProperty("job_cluster_key").GetString()!).ToHashSet(StringComparer.Ordinal)
            : [];
        var conditions = new HashSet<string>(StringComparer.Ordinal);
        var defined = new HashSet<string>(StringComparer.Ordinal);
        foreach (var task in root.GetProperty("tasks").EnumerateArray())
        {
            var key = task.GetProperty("task_key").GetString()!;
            if (!defined.Add(key))
            {
                problems.Add($"task {key} is defined twice");
            }

            if (task.TryGetProperty("condition_task", out _))
            {
                conditions.Add(key);
            }

            if (task.TryGetProperty("job_cluster_key", out var cluster) && !clusters.Contains(cluster.GetString()!))
            {
                problems.Add($"task {key} names job cluster {cluster.GetString()}, which is not defined");
            }

            foreach (var dependency in task.TryGetProperty("depends_on", out var dependsOn) ? dependsOn.EnumerateArray() : default)
            {
                var on = dependency.GetProperty("task_key").GetString()!;
                if (!defined.Contains(on) || on == key)
                {
                    problems.Add($"task {key} depends on {on}, which is not defined before it");
                }

                if (dependency.TryGetProperty("outcome", out _) && !conditions.Contains(on))
                {
                    problems.Add($"task {key} asks for an outcome of {on}, which is not a condition task");
                }
            }
        }

        return problems;
    }
}
