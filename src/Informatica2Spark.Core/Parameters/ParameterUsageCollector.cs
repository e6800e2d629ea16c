using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.CompilerServices;
using Informatica2Spark.Core.Diagnostics;
using Informatica2Spark.Core.Model;
using Informatica2Spark.Core.Sessions;
using Informatica2Spark.Syntax;

namespace Informatica2Spark.Core.Parameters;

/// <summary>
/// Finds every parameter and variable a session occurrence uses, wherever PowerCenter substitutes them: session,
/// config and task instance attributes, reader and writer settings, connection variables, pre- and post-session
/// commands and, when the mapping is in the export, its SQL overrides, conditions and port expressions. References
/// are found by the one definition of their syntax (<see cref="ParameterReferences"/>): in shell commands only
/// <c>$$name</c>, <c>$PM...</c> and session parameters count, so a shell's <c>$file</c> is not a parameter. Pre- and
/// post-session variable assignments are not uses: their right-hand sides are workflow variables, which the workflow
/// evaluates (Workflow Basics Guide, Assigning Parameter and Variable Values in a Session).
/// </summary>
public static class ParameterUsageCollector
{
    public static IReadOnlyList<ParameterUsage> Collect(string file, Folder folder, SessionOccurrence occurrence)
    {
        var usages = new List<ParameterUsage>();
        var session = occurrence.Session;
        var at = new SourceLocation(file, (occurrence.Instance?.Position ?? session.Position).Line, (occurrence.Instance?.Position ?? session.Position).Column, occurrence.ObjectPath);

        var config = session.ConfigReference is { } reference
            ? folder.Configs.FirstOrDefault(c => c.Name.Equals(reference.RefObjectName, StringComparison.OrdinalIgnoreCase))?.Attributes ?? []
            : [];
        foreach (var attribute in config.Concat(session.ConfigReference?.Attributes ?? []).Concat(occurrence.Instance?.ConfigReference?.Attributes ?? [])
                     .Concat(session.Attributes).Concat(occurrence.Instance?.Attributes ?? []))
        {
            ScanAttribute(attribute, ParameterUsageKind.SessionAttribute, new("session attribute '{0}'", attribute.Name), at, usages);
        }

        foreach (var instance in session.TransformationInstances)
        {
            foreach (var attribute in instance.Attributes)
            {
                ScanAttribute(attribute, ParameterUsageKind.SessionAttribute, new("'{0}' of {1}", attribute.Name, instance.InstanceName), at, usages);
            }
        }

        foreach (var extension in session.Extensions.Concat(occurrence.Instance?.Extensions ?? []))
        {
            foreach (var attribute in extension.Attributes)
            {
                ScanAttribute(attribute, ParameterUsageKind.SessionAttribute, new("'{0}' of {1}", attribute.Name, extension.InstanceName), at, usages);
            }

            foreach (var connection in extension.Connections)
            {
                Scan(connection.Variable, ParameterUsageKind.ConnectionVariable, new("connection of {0}", extension.InstanceName), at, usages);
                Scan(connection.ConnectionName, ParameterUsageKind.ConnectionVariable, new("connection of {0}", extension.InstanceName), at, usages);
            }
        }

        foreach (var component in session.Components.Concat(occurrence.Instance?.Components ?? []).Where(c => !IsVariableAssignment(c.Type)))
        {
            foreach (var pair in component.ValuePairs.Concat(component.Task?.ValuePairs ?? []))
            {
                Scan(pair.Value, ParameterUsageKind.Command, new("{0} '{1}'", component.Type, pair.Name), at, usages);
            }
        }

        if (folder.Mappings.FirstOrDefault(m => m.Name.Equals(session.MappingName, StringComparison.OrdinalIgnoreCase)) is { } mapping)
        {
            usages.AddRange(MappingUsages.GetValue(mapping, _ => new(new FolderFileComparer()))
                .GetOrAdd((folder, file), key => CollectMapping(key.File, key.Folder, mapping)));
        }

        return usages;
    }

    /// <summary>
    /// The uses in each mapping's definitions, found once per mapping object, folder object and file: every session
    /// that runs the mapping shares them (a usage is an immutable record). Thread-safe; an entry lives as long as its mapping.
    /// </summary>
    private static readonly ConditionalWeakTable<Mapping, ConcurrentDictionary<(Folder Folder, string File), ParameterUsage[]>> MappingUsages = new();

    /// <summary>Folders compare by reference (the folders of one read), files by their path.</summary>
    private sealed class FolderFileComparer : IEqualityComparer<(Folder Folder, string File)>
    {
        public bool Equals((Folder Folder, string File) x, (Folder Folder, string File) y) =>
            ReferenceEquals(x.Folder, y.Folder) && string.Equals(x.File, y.File, StringComparison.Ordinal);

        public int GetHashCode((Folder Folder, string File) obj) => HashCode.Combine(RuntimeHelpers.GetHashCode(obj.Folder), StringComparer.Ordinal.GetHashCode(obj.File));
    }

    private static ParameterUsage[] CollectMapping(string file, Folder folder, Mapping mapping)
    {
        var usages = new List<ParameterUsage>();
        var path = ObjectPath.Child(folder.Name, ObjectPath.Mapping, mapping.Name);
        var reusable = mapping.Instances.Where(i => i.Reusable == true && i.Kind == InstanceKind.Transformation)
            .Select(i => folder.Transformations.FirstOrDefault(t => t.Name.Equals(i.TransformationName, StringComparison.OrdinalIgnoreCase)))
            .OfType<Transformation>();
        foreach (var transformation in mapping.Transformations.Concat(reusable))
        {
            var at = new SourceLocation(file, transformation.Position.Line, transformation.Position.Column,
                ObjectPath.Child(path, ObjectPath.Transformation, transformation.Name));
            foreach (var attribute in transformation.TableAttributes)
            {
                ScanAttribute(attribute, ParameterUsageKind.TableAttribute, new("'{0}' of {1}", attribute.Name, transformation.Name), at, usages);
            }

            foreach (var port in transformation.Ports)
            {
                Scan(port.Expression, ParameterUsageKind.Expression, new("expression of {0}.{1}", transformation.Name, port.Name), at, usages);
            }
        }

        return [.. usages];
    }

    private static ParameterUsageKind KindOf(string attribute, ParameterUsageKind otherwise) => attribute.ToUpperInvariant() switch
    {
        "SQL QUERY" => ParameterUsageKind.SqlOverride,
        "SOURCE FILTER" or "FILTER CONDITION" => ParameterUsageKind.SourceFilter,
        "USER DEFINED JOIN" => ParameterUsageKind.UserDefinedJoin,
        "PRE SQL" => ParameterUsageKind.PreSql,
        "POST SQL" => ParameterUsageKind.PostSql,
        "LOOKUP SQL OVERRIDE" => ParameterUsageKind.LookupOverride,
        "$SOURCE CONNECTION VALUE" or "$TARGET CONNECTION VALUE" or "CONNECTION INFORMATION" => ParameterUsageKind.ConnectionVariable,
        var name when name.EndsWith("FILENAME", StringComparison.Ordinal) || name.EndsWith("FILE NAME", StringComparison.Ordinal) => ParameterUsageKind.FileName,
        var name when name.EndsWith("DIRECTORY", StringComparison.Ordinal) => ParameterUsageKind.FileDirectory,
        _ => otherwise,
    };

    /// <summary>Whether a session component is a pre- or post-session variable assignment (<c>Pre-session variable assignment</c>...).</summary>
    public static bool IsVariableAssignment(string? componentType) =>
        componentType is not null && componentType.EndsWith("variable assignment", StringComparison.OrdinalIgnoreCase);

    /// <summary>The references in an attribute's value, of the kind its name says (<paramref name="otherwise"/> for most).</summary>
    private static void ScanAttribute(AttributeValue attribute, ParameterUsageKind otherwise, Site site, SourceLocation at, List<ParameterUsage> usages)
    {
        var references = ParameterReferences.Find(attribute.Value, ReferenceContext.Text);
        if (references.Count > 0)
        {
            Add(references, KindOf(attribute.Name, otherwise), site, at, usages);
        }
    }

    private static void Scan(string? text, ParameterUsageKind kind, Site site, SourceLocation at, List<ParameterUsage> usages)
    {
        var context = kind switch
        {
            ParameterUsageKind.Expression => ReferenceContext.Expression,
            ParameterUsageKind.Command => ReferenceContext.Command,
            _ => ReferenceContext.Text,
        };
        Add(ParameterReferences.Find(text, context), kind, site, at, usages);
    }

    private static void Add(IReadOnlyList<ParameterReference> references, ParameterUsageKind kind, Site site, SourceLocation at, List<ParameterUsage> usages)
    {
        if (references.Count == 0)
        {
            return;
        }

        var description = site.Describe();
        for (var i = 0; i < references.Count; i++)
        {
            usages.Add(new ParameterUsage(references[i].Name, kind, description, at));
        }
    }

    /// <summary>Where a text was read, as a usage describes it: put into words only when the text holds a reference.</summary>
    private readonly record struct Site(string Format, string? First, string? Second = null)
    {
        public string Describe() => string.Format(CultureInfo.InvariantCulture, Format, First, Second);
    }
}
