using HandlebarsDotNet;
using Informatica2Spark.Core.Diagnostics;

namespace Informatica2Spark.Core.Emit.Templates;

/// <summary>
/// The Handlebars templates outputs are rendered from: the embedded ones (<c>templates/*.hbs</c>), any of which a
/// house style replaces by file name (<c>--templates DIR</c>). Templates are logic-free: they get a typed
/// view-model and the escaping helpers of <see cref="TemplateHelpers"/>, and output is not HTML-escaped.
/// </summary>
public sealed class TemplateSet
{
    private const string Prefix = "Informatica2Spark.Templates.";
    private readonly Dictionary<string, HandlebarsTemplate<object, object>> _compiled = new(StringComparer.Ordinal);

    private TemplateSet(IReadOnlyDictionary<string, string> sources)
    {
        var handlebars = Handlebars.Create(new HandlebarsConfiguration { NoEscape = true, ThrowOnUnresolvedBindingExpression = true });
        TemplateHelpers.Register(handlebars);
        foreach (var (name, text) in sources)
        {
            try
            {
                _compiled[name] = handlebars.Compile(text.Replace("\r\n", "\n", StringComparison.Ordinal));
            }
            catch (HandlebarsException error)
            {
                throw new TemplateException($"template '{name}' does not compile: {TemplateHelpers.Line(error.Message)}");
            }
        }
    }

    /// <summary>The file names of the embedded templates, in ordinal order.</summary>
    public static IReadOnlyList<string> EmbeddedNames { get; } =
        [.. typeof(TemplateSet).Assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)).Select(n => n[Prefix.Length..]).Order(StringComparer.Ordinal)];

    /// <summary>The embedded templates, each replaced by the override of the same file name when there is one.</summary>
    /// <exception cref="TemplateException">An override names no known template, or a template does not compile.</exception>
    public static TemplateSet Create(IReadOnlyDictionary<string, string>? overrides = null)
    {
        var sources = EmbeddedNames.ToDictionary(n => n, Embedded, StringComparer.Ordinal);
        foreach (var (name, text) in overrides ?? new Dictionary<string, string>())
        {
            if (!sources.ContainsKey(name))
            {
                throw new TemplateException($"template override '{name}' replaces no template; known templates: {string.Join(", ", EmbeddedNames)}");
            }

            sources[name] = text;
        }

        return new TemplateSet(sources);
    }

    public static string Embedded(string name)
    {
        using var stream = typeof(TemplateSet).Assembly.GetManifestResourceStream(Prefix + name)
            ?? throw new TemplateException($"no template named '{name}'");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    public string Render(string name, object model)
    {
        try
        {
            return _compiled[name](model);
        }
        catch (HandlebarsException error)
        {
            throw new TemplateException($"template '{name}' cannot render: {TemplateHelpers.Line(error.Message)}");
        }
    }
}

/// <summary>A template that cannot be used (a <c>--templates</c> override is an input): the message names it and says why.</summary>
public sealed class TemplateException(string message) : InputException(message);
