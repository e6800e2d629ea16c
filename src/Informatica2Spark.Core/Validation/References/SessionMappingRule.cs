using Informatica2Spark.Core.Diagnostics;
using Informatica2Spark.Core.Model;

namespace Informatica2Spark.Core.Validation.References;

/// <summary>
/// A session's mapping should be in the export, directly or through a shortcut. Workflow-only exports are valid
/// input, so a missing mapping is reported as external (info), not as an error.
/// </summary>
public sealed class SessionMappingRule : IReferenceRule
{
    public void Check(ReferenceIndex index, DiagnosticBag diagnostics)
    {
        foreach (var folder in index.Folders)
        {
            foreach (var session in folder.SessionReferences)
            {
                // A session without a mapping name is a schema violation, reported there.
                if (session.MappingName.Length > 0 && index.Resolve(folder, ShortcutObjectType.Mapping, session.MappingName) is null)
                {
                    diagnostics.Add(DiagnosticCodes.MappingExternal,
                        $"session '{session.SessionName}' runs mapping '{session.MappingName}', which is not in this export; add the mapping to the export to convert its transformations",
                        index.Locate(session.Position, session.Path));
                }
            }
        }
    }
}
