using Informatica2Spark.Core.Diagnostics;
using Informatica2Spark.Core.Model;

namespace Informatica2Spark.Core.Validation.References;

/// <summary>
/// Each task instance names a defined task: a non-reusable one inside the same workflow or worklet, a reusable one
/// at folder level (or through a shortcut). A missing non-reusable task is a broken export (error); a missing
/// reusable one was left out of the export (warning).
/// </summary>
public sealed class TaskInstanceRule : IReferenceRule
{
    public void Check(ReferenceIndex index, DiagnosticBag diagnostics)
    {
        foreach (var folder in index.Folders)
        {
            foreach (var container in folder.Containers)
            {
                foreach (var instance in container.TaskInstances)
                {
                    if (IsDefined(index, folder, container, instance))
                    {
                        continue;
                    }

                    var location = index.Locate(instance.Position, ObjectPath.Child(container.Path, ObjectPath.TaskInstance, instance.Name));
                    if (instance.Reusable)
                    {
                        diagnostics.Add(DiagnosticCodes.ReusableTaskExternal,
                            $"task instance '{instance.Name}' runs reusable {instance.TaskType.ToLowerInvariant()} '{instance.TaskName}', which is not in this export; export it with the workflow",
                            location);
                    }
                    else
                    {
                        diagnostics.Add(DiagnosticCodes.TaskUndefined,
                            $"task instance '{instance.Name}' names {instance.TaskType.ToLowerInvariant()} '{instance.TaskName}', which is not defined in its workflow or worklet; re-export the workflow",
                            location);
                    }
                }
            }
        }
    }

    private static bool IsDefined(ReferenceIndex index, FolderIndex folder, ContainerEntry container, TaskInstanceEntry instance)
    {
        var isSession = instance.TaskType.Equals("Session", StringComparison.OrdinalIgnoreCase);
        var isWorklet = instance.TaskType.Equals("Worklet", StringComparison.OrdinalIgnoreCase);
        if (!instance.Reusable)
        {
            return isSession ? container.LocalSessions.Contains(instance.TaskName)
                : isWorklet ? container.LocalWorklets.Contains(instance.TaskName)
                : container.LocalTasks.Contains(instance.TaskName);
        }

        if (isSession)
        {
            return folder.Sessions.Contains(instance.TaskName);
        }

        if (isWorklet)
        {
            return folder.Worklets.Contains(instance.TaskName);
        }

        return folder.Tasks.Contains(instance.TaskName) || index.Folders.Any(f => f.Tasks.Contains(instance.TaskName));
    }
}
