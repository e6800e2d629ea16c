using Informatica2Spark.Core.Diagnostics;

namespace Informatica2Spark.Core.Validation.References;

/// <summary>Both ends of every workflow link name task instances of the same workflow or worklet.</summary>
public sealed class WorkflowLinkRule : IReferenceRule
{
    public void Check(ReferenceIndex index, DiagnosticBag diagnostics)
    {
        foreach (var container in index.Folders.SelectMany(f => f.Containers))
        {
            var names = container.TaskInstances.Select(t => t.Name).ToHashSet(ReferenceIndex.Names);
            foreach (var link in container.Links)
            {
                foreach (var (end, name) in new[] { ("from", link.FromTask), ("to", link.ToTask) })
                {
                    if (!names.Contains(name))
                    {
                        diagnostics.Add(DiagnosticCodes.LinkEndpointMissing,
                            $"link {link.FromTask} -> {link.ToTask}: its '{end}' end '{name}' is not a task instance of this workflow or worklet",
                            index.Locate(link.Position, container.Path));
                    }
                }
            }
        }
    }
}
