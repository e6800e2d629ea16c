using Informatica2Spark.Core.Diagnostics;
using Informatica2Spark.Core.Model;

namespace Informatica2Spark.Core.Validation.References;

/// <summary>
/// Every connector of a mapping or mapplet names existing instances and fields those instances have. An instance
/// whose definition is not in the export (a shortcut to another folder, say) is reported once and not field-checked.
/// </summary>
public sealed class ConnectorRule : IReferenceRule
{
    public void Check(ReferenceIndex index, DiagnosticBag diagnostics)
    {
        diagnostics.AddRange(index.EarlyFindings);
        foreach (var folder in index.Folders)
        {
            foreach (var body in folder.MappingBodies)
            {
                CheckBody(index, folder, body, diagnostics);
            }
        }
    }

    /// <summary>Whether every instance of the body resolves to a definition already in the index.</summary>
    internal static bool AllDefinitionsKnown(ReferenceIndex index, FolderIndex folder, MappingEntry body) =>
        body.Instances.All(instance => FieldsOf(index, folder, body, instance) is not null);

    internal static void CheckBody(ReferenceIndex index, FolderIndex folder, MappingEntry body, DiagnosticBag diagnostics)
    {
        var fields = new Dictionary<string, HashSet<string>?>(ReferenceIndex.Names);
        foreach (var instance in body.Instances)
        {
            var resolved = FieldsOf(index, folder, body, instance);
            fields[instance.Name] = resolved;
            if (resolved is null)
            {
                diagnostics.Add(DiagnosticCodes.InstanceDefinitionExternal,
                    $"instance '{instance.Name}' uses {instance.TransformationType} '{instance.TransformationName}', which is not in this export; its fields are not checked",
                    index.Locate(instance.Position, ObjectPath.Child(body.Path, ObjectPath.Instance, instance.Name)));
            }
        }

        foreach (var connector in body.Connectors)
        {
            Check(connector.FromInstance, connector.FromField);
            Check(connector.ToInstance, connector.ToField);

            void Check(string instance, string field)
            {
                var location = index.Locate(connector.Position, body.Path);
                if (!fields.TryGetValue(instance, out var known))
                {
                    diagnostics.Add(DiagnosticCodes.ConnectorInstanceMissing,
                        $"connector {connector.FromInstance}.{connector.FromField} -> {connector.ToInstance}.{connector.ToField} names instance '{instance}', which the mapping does not have",
                        location);
                }
                else if (known is not null && !known.Contains(field))
                {
                    diagnostics.Add(DiagnosticCodes.ConnectorFieldMissing,
                        $"connector {connector.FromInstance}.{connector.FromField} -> {connector.ToInstance}.{connector.ToField} names field '{field}', which instance '{instance}' does not have",
                        location);
                }
            }
        }
    }

    /// <summary>The instance's field names, or null when its definition is not in the export.</summary>
    private static HashSet<string>? FieldsOf(ReferenceIndex index, FolderIndex folder, MappingEntry body, Instance instance)
    {
        var type = instance.Kind switch
        {
            InstanceKind.Source => ShortcutObjectType.Source,
            InstanceKind.Target => ShortcutObjectType.Target,
            InstanceKind.Mapplet => ShortcutObjectType.Mapplet,
            _ => ShortcutObjectType.Transformation,
        };

        if (type == ShortcutObjectType.Source && instance.DbdName is not null
            && folder.SourceFieldsByDbd.TryGetValue(instance.DbdName + "/" + instance.TransformationName, out var qualified))
        {
            return qualified;
        }

        if (type == ShortcutObjectType.Transformation && instance.Reusable != true
            && body.LocalPorts.TryGetValue(instance.TransformationName, out var local))
        {
            return local;
        }

        return index.Resolve(folder, type, instance.TransformationName) is { } found
            ? found.Folder.Fields(type, found.Name)
            : null;
    }
}
