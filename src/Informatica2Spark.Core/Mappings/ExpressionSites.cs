using Informatica2Spark.Core.Expressions.Binding;
using Informatica2Spark.Core.Expressions.Translation;
using Informatica2Spark.Core.Expressions.Types;
using Informatica2Spark.Core.Model;

namespace Informatica2Spark.Core.Mappings;

/// <summary>
/// Every expression of a mapping or mapplet with the scope it binds in: port expressions of Expression, Aggregator,
/// Rank and other transformations (output and variable ports; pass-through ports have none), port default values,
/// Filter conditions, Router group conditions, Update Strategy and Transaction Control expressions, Lookup and Join
/// conditions. A transformation's scope holds all of its ports, the mapping's parameters and variables, and the
/// unconnected lookups (Lookup transformations with a return port) of the mapping, callable as <c>:LKP.name</c>.
/// </summary>
public static class ExpressionSites
{
    private static readonly Dictionary<string, (ExpressionSiteKind Kind, ExpressionRole Role)> Attributes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Filter Condition"] = (ExpressionSiteKind.FilterCondition, ExpressionRole.Condition),
        ["Update Strategy Expression"] = (ExpressionSiteKind.UpdateStrategy, ExpressionRole.Value),
        ["Transaction Control Condition"] = (ExpressionSiteKind.TransactionControl, ExpressionRole.Value),
        ["Lookup condition"] = (ExpressionSiteKind.LookupCondition, ExpressionRole.Condition),
        ["Join Condition"] = (ExpressionSiteKind.JoinCondition, ExpressionRole.Condition),
    };

    /// <summary>The expressions of a mapping, in instance order, then port order.</summary>
    public static IReadOnlyList<ExpressionSite> Of(Folder folder, Mapping mapping) =>
        Of(folder, ObjectPath.Child(folder.Name, ObjectPath.Mapping, mapping.Name), mapping.Transformations, mapping.Instances, mapping.Variables);

    /// <summary>The expressions of a mapplet.</summary>
    public static IReadOnlyList<ExpressionSite> Of(Folder folder, Mapplet mapplet) =>
        Of(folder, ObjectPath.Child(folder.Name, ObjectPath.Mapplet, mapplet.Name), mapplet.Transformations, mapplet.Instances, mapplet.Variables);

    private static IReadOnlyList<ExpressionSite> Of(
        Folder folder, string path, IReadOnlyList<Transformation> local, IReadOnlyList<Instance> instances, IReadOnlyList<MappingVariable> variables)
    {
        var transformations = instances.Where(i => i.Kind == InstanceKind.Transformation)
            .Select(i => (Instance: i, Transformation: Resolve(folder, local, i)))
            .Where(p => p.Transformation is not null)
            .Select(p => (p.Instance, Transformation: p.Transformation!))
            .ToList();
        var parameters = variables.Select(Parameter).OfType<ParameterSymbol>().ToList();
        var lookups = transformations.Select(p => Lookup(p.Instance.Name, p.Transformation)).OfType<LookupSymbol>().ToList();
        var sites = new List<ExpressionSite>();
        foreach (var (instance, transformation) in transformations)
        {
            var scope = new ExpressionScope(transformation.Ports.Select(Port).OfType<PortSymbol>(), parameters, lookups);
            var owner = ObjectPath.Child(path, ObjectPath.Transformation, instance.Name);
            var aggregates = transformation.Type.Equals("Aggregator", StringComparison.OrdinalIgnoreCase) || transformation.Type.Equals("Rank", StringComparison.OrdinalIgnoreCase);
            ExpressionSite Site(ExpressionSiteKind kind, string objectPath, TextPosition position, string text, ExpressionScope s, ExpressionRole role) =>
                new(kind, objectPath, position, instance.Name, transformation.Type, text, s, role, aggregates && kind == ExpressionSiteKind.Port);

            foreach (var port in transformation.Ports)
            {
                var portPath = ObjectPath.Child(owner, ObjectPath.Port, port.Name);
                if (IsComputed(port) && port.Expression is { } expression && !string.IsNullOrWhiteSpace(expression))
                {
                    sites.Add(Site(ExpressionSiteKind.Port, portPath, port.Position, expression, scope, ExpressionRole.Value));
                }

                if (!string.IsNullOrWhiteSpace(port.DefaultValue))
                {
                    sites.Add(Site(ExpressionSiteKind.DefaultValue, portPath, port.Position, port.DefaultValue!, new ExpressionScope([], parameters), ExpressionRole.Value));
                }
            }

            foreach (var attribute in transformation.TableAttributes.Where(a => !string.IsNullOrWhiteSpace(a.Value) && Attributes.ContainsKey(a.Name)))
            {
                var (kind, role) = Attributes[attribute.Name];
                sites.Add(Site(kind, ObjectPath.Child(owner, ObjectPath.Attribute, attribute.Name), transformation.Position, attribute.Value, scope, role));
            }

            foreach (var group in transformation.Groups.Where(g => !string.IsNullOrWhiteSpace(g.Expression)))
            {
                sites.Add(Site(ExpressionSiteKind.RouterGroup, ObjectPath.Child(owner, ObjectPath.Group, group.Name), transformation.Position, group.Expression!, scope, ExpressionRole.Condition));
            }
        }

        return sites;
    }

    /// <summary>A mapping-local transformation of the instance's name, else the folder's reusable one.</summary>
    private static Transformation? Resolve(Folder folder, IReadOnlyList<Transformation> local, Instance instance) =>
        local.FirstOrDefault(t => t.Name.Equals(instance.TransformationName, StringComparison.OrdinalIgnoreCase))
        ?? folder.Transformations.FirstOrDefault(t => t.Name.Equals(instance.TransformationName, StringComparison.OrdinalIgnoreCase));

    /// <summary>Output-only and variable ports compute an expression; input and pass-through ports carry their input.</summary>
    private static bool IsComputed(Port port) =>
        (port.Direction.HasFlag(PortDirection.Variable) || (port.Direction.HasFlag(PortDirection.Output) && !port.Direction.HasFlag(PortDirection.Input)))
        && !port.Direction.HasFlag(PortDirection.Lookup) && !port.Direction.HasFlag(PortDirection.Generated);

    private static PortSymbol? Port(Port port) =>
        PcTypes.FromDatatype(port.DataType, port.Precision, port.Scale) is { } type
            ? new PortSymbol(port.Name, type, port.Direction.HasFlag(PortDirection.Variable) ? PortRole.Variable
                : port.Direction.HasFlag(PortDirection.Lookup) ? PortRole.Lookup
                : port.Direction.HasFlag(PortDirection.Input) ? PortRole.Input : PortRole.Output)
            : null;

    private static ParameterSymbol? Parameter(MappingVariable variable) =>
        PcTypes.FromDatatype(variable.DataType, variable.Precision ?? 0, variable.Scale) is { } type
            ? new ParameterSymbol(variable.Name, type, !variable.IsParameter, variable.Aggregation)
            : null;

    /// <summary>
    /// A Lookup transformation can be called as <c>:LKP.instance(inputs...)</c>, one argument per input port; it
    /// returns its return port, or its only output port when none is marked (exports of some releases omit the
    /// mark).
    /// </summary>
    private static LookupSymbol? Lookup(string instance, Transformation transformation)
    {
        if (!transformation.Type.Equals("Lookup Procedure", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var outputs = transformation.Ports.Where(p => p.Direction.HasFlag(PortDirection.Output)).ToList();
        var returned = transformation.Ports.FirstOrDefault(p => p.Direction.HasFlag(PortDirection.Return)) ?? (outputs.Count == 1 ? outputs[0] : null);
        if (returned is null)
        {
            return null;
        }

        var inputs = transformation.Ports.Where(p => p.Direction.HasFlag(PortDirection.Input) && !p.Direction.HasFlag(PortDirection.Lookup))
            .Select(p => PcTypes.FromDatatype(p.DataType, p.Precision, p.Scale) ?? PcType.Unknown).ToList();
        return new LookupSymbol(instance, inputs, PcTypes.FromDatatype(returned.DataType, returned.Precision, returned.Scale) ?? PcType.Unknown);
    }
}
