using System.Globalization;
using Informatica2Spark.Core.Diagnostics;
using Informatica2Spark.Core.Parameters;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Informatica2Spark.Core.Connections;

/// <summary>
/// Reads a connection catalog (docs/connections.md): <c>default: ENV</c> and <c>environments: {ENV: {NAME: entry}}</c>,
/// or a single <c>connections: {NAME: entry}</c>, and <c>directories: {FROM: TO}</c> for every environment. Every finding has its line and column; unknown keys are errors, so
/// a misspelt key never silently drops a setting; a password typed in plain text is reported and never kept.
/// </summary>
public static class ConnectionCatalogLoader
{
    private static readonly HashSet<string> EntryKeys = new(StringComparer.Ordinal)
    {
        "type", "url", "host", "port", "database", "service", "driver", "user", "password", "path", "format",
        "bootstrap_servers", "topic", "options",
    };

    public static (ConnectionCatalog? Catalog, IReadOnlyList<Diagnostic> Diagnostics) Load(string text, string displayPath)
    {
        var diagnostics = new List<Diagnostic>();
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException error)
        {
            diagnostics.Add(DiagnosticCodes.CatalogInvalid.Create($"not valid YAML: {error.Message}", At(displayPath, error.Start)));
            return (null, diagnostics);
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            diagnostics.Add(DiagnosticCodes.CatalogInvalid.Create("the catalog must be a mapping with 'environments' (or 'connections')", new SourceLocation(displayPath, 1, 1)));
            return (null, diagnostics);
        }

        string? defaultEnvironment = null;
        var environments = new List<CatalogEnvironment>();
        IReadOnlyList<DirectoryMapping> directories = [];
        foreach (var (keyNode, value) in root.Children)
        {
            var key = ((YamlScalarNode)keyNode).Value;
            switch (key)
            {
                case "default":
                    defaultEnvironment = Scalar(value, displayPath, diagnostics);
                    break;
                case "environments" when value is YamlMappingNode envs:
                    environments.AddRange(envs.Children.Select(e => Environment(((YamlScalarNode)e.Key).Value ?? string.Empty, e.Value, displayPath, diagnostics)));
                    break;
                case "connections":
                    environments.Add(Environment("default", value, displayPath, diagnostics));
                    break;
                case "directories":
                    directories = Directories(value, displayPath, diagnostics);
                    break;
                default:
                    diagnostics.Add(DiagnosticCodes.CatalogInvalid.Create(
                        $"unknown top-level key '{key}': expected default, environments, connections or directories", At(displayPath, keyNode.Start)));
                    break;
            }
        }

        return (new ConnectionCatalog(displayPath, defaultEnvironment, [.. environments.Select(e => e with { Directories = directories })]), diagnostics);
    }

    private static IReadOnlyList<DirectoryMapping> Directories(YamlNode node, string file, List<Diagnostic> diagnostics)
    {
        if (node is not YamlMappingNode map)
        {
            diagnostics.Add(DiagnosticCodes.CatalogInvalid.Create("directories must map each Integration Service directory to the path the cluster reads it under", At(file, node.Start)));
            return [];
        }

        return [.. map.Children.Select(d => new DirectoryMapping(
            ((YamlScalarNode)d.Key).Value ?? string.Empty, Scalar(d.Value, file, diagnostics) ?? string.Empty, At(file, d.Key.Start)))];
    }

    private static CatalogEnvironment Environment(string name, YamlNode node, string file, List<Diagnostic> diagnostics)
    {
        if (node is not YamlMappingNode entries)
        {
            diagnostics.Add(DiagnosticCodes.CatalogInvalid.Create($"environment '{name}' must map connection names to entries", At(file, node.Start)));
            return new CatalogEnvironment(name, []);
        }

        return new CatalogEnvironment(name, entries.Children
            .Select(e => Entry(((YamlScalarNode)e.Key).Value ?? string.Empty, e.Key.Start, e.Value, file, diagnostics))
            .OfType<CatalogEntry>()
            .ToList());
    }

    private static CatalogEntry? Entry(string name, Mark start, YamlNode node, string file, List<Diagnostic> diagnostics)
    {
        var location = At(file, start) with { ObjectPath = "connection:" + name };
        if (node is not YamlMappingNode map)
        {
            diagnostics.Add(DiagnosticCodes.CatalogInvalid.Create($"connection '{name}' must be a mapping of settings", location));
            return null;
        }

        var values = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        foreach (var (keyNode, value) in map.Children)
        {
            var key = ((YamlScalarNode)keyNode).Value ?? string.Empty;
            if (!EntryKeys.Contains(key))
            {
                diagnostics.Add(DiagnosticCodes.CatalogInvalid.Create(
                    $"connection '{name}': unknown key '{key}' (known: {string.Join(", ", EntryKeys.Order(StringComparer.Ordinal))})", At(file, keyNode.Start)));
                continue;
            }

            values[key] = value;
        }

        string? Text(string key) => values.TryGetValue(key, out var v) ? Scalar(v, file, diagnostics) : null;
        var type = Text("type");
        var kind = type is null ? null : ConnectionKinds.FromCatalogType(type);
        if (type is not null && kind is null)
        {
            diagnostics.Add(DiagnosticCodes.CatalogTypeUnknown.Create(
                $"connection '{name}': type '{type}' is not one of {string.Join(", ", ConnectionKinds.CatalogTypes)}", location));
            return null;
        }

        int? port = null;
        if (Text("port") is { } portText)
        {
            if (int.TryParse(portText, NumberStyles.None, CultureInfo.InvariantCulture, out var p) && p is > 0 and < 65536)
            {
                port = p;
            }
            else
            {
                diagnostics.Add(DiagnosticCodes.CatalogInvalid.Create($"connection '{name}': port '{portText}' is not a port number", At(file, values["port"].Start)));
            }
        }

        var entry = new CatalogEntry(
            name, kind, Text("url"), Text("host"), port, Text("database"), Text("service"), Text("driver"), Text("user"),
            Password(name, values.GetValueOrDefault("password"), file, diagnostics), Text("path"), Text("format"), Text("bootstrap_servers"), Text("topic"),
            values.TryGetValue("options", out var options) ? Options(name, options, file, diagnostics) : [],
            location);
        CatalogChecks.Check(entry, passwordWritten: values.ContainsKey("password"), diagnostics);
        return entry;
    }

    private static SecretReference? Password(string name, YamlNode? node, string file, List<Diagnostic> diagnostics)
    {
        if (node is null || Scalar(node, file, diagnostics) is not { Length: > 0 } text)
        {
            return null;
        }

        if (SecretReference.TryParse(text, out var reference))
        {
            return reference;
        }

        diagnostics.Add(SecretReference.LooksLikeReference(text)
            ? DiagnosticCodes.SecretReferenceInvalid.Create($"connection '{name}': the password reference is malformed; write env:NAME, file:PATH or akv://VAULT/SECRET", At(file, node.Start))
            : DiagnosticCodes.PlaintextPassword.Create($"connection '{name}': the password is written in plain text; it is ignored: store it as env:NAME, file:PATH or akv://VAULT/SECRET", At(file, node.Start)));
        return null;
    }

    private static IReadOnlyList<CatalogOption> Options(string name, YamlNode node, string file, List<Diagnostic> diagnostics)
    {
        if (node is not YamlMappingNode map)
        {
            diagnostics.Add(DiagnosticCodes.CatalogInvalid.Create($"connection '{name}': options must be a mapping of Spark option names to values", At(file, node.Start)));
            return [];
        }

        return map.Children.Select(o => new CatalogOption(((YamlScalarNode)o.Key).Value ?? string.Empty, Scalar(o.Value, file, diagnostics) ?? string.Empty)).ToList();
    }

    private static string? Scalar(YamlNode node, string file, List<Diagnostic> diagnostics)
    {
        if (node is YamlScalarNode scalar)
        {
            return scalar.Value;
        }

        diagnostics.Add(DiagnosticCodes.CatalogInvalid.Create("expected a single value here", At(file, node.Start)));
        return null;
    }

    private static SourceLocation At(string file, Mark mark) => new(file, (int)mark.Line, (int)mark.Column);
}
