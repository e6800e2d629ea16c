namespace Informatica2Spark.Core.Workflows;

/// <summary>Structural checks of a plan's dependencies that PowerCenter enforces when a workflow is saved.</summary>
public static class WorkflowPlanChecks
{
    /// <summary>
    /// A loop among <paramref name="dependencies"/> as the task names along it, first name repeated at the end
    /// (<c>[s_a, s_b, s_a]</c>), or null when the links form none. PowerCenter does not let a workflow's links loop
    /// (Workflow Basics Guide, Working with Links); the first loop found in link order is given.
    /// </summary>
    public static IReadOnlyList<string>? Loop(IReadOnlyList<PlanDependency> dependencies)
    {
        var next = dependencies.GroupBy(d => d.From, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.Select(d => d.To).ToList(), StringComparer.OrdinalIgnoreCase);
        var done = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var path = new List<string>();
        var onPath = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var start in dependencies.Select(d => d.From))
        {
            if (Visit(start) is { } loop)
            {
                return loop;
            }
        }

        return null;

        List<string>? Visit(string task)
        {
            if (onPath.Contains(task))
            {
                var from = path.FindIndex(t => t.Equals(task, StringComparison.OrdinalIgnoreCase));
                return [.. path.Skip(from), task];
            }

            if (!done.Add(task))
            {
                return null;
            }

            path.Add(task);
            onPath.Add(task);
            foreach (var to in next.GetValueOrDefault(task) ?? [])
            {
                if (Visit(to) is { } loop)
                {
                    return loop;
                }
            }

            path.RemoveAt(path.Count - 1);
            onPath.Remove(task);
            return null;
        }
    }
}
