using System.Text;
using HandlebarsDotNet;
using Informatica2Spark.Core.Diagnostics;

namespace Informatica2Spark.Core.Emit.Templates;

/// <summary>
/// The Handlebars templates outputs are rendered from: the embedded ones (<c>templates/*.hbs</c>), any of which a
/// house style replaces by file name (<c>--templates DIR</c>). Templates are logic-free: they get a typed
/// view-model and the escaping helpers of <see cref="TemplateHelpers"/>, and output is not HTML-escaped.
/// A template renders into a buffer its thread reuses, which is encoded straight into the file's bytes.
/// </summary>
public sealed class TemplateSet
{
    private const string Prefix = "Informatica2Spark.Templates.";

    [ThreadStatic]
    private static StringBuilder? t_buffer;

    private readonly Dictionary<string, HandlebarsTemplate<TextWriter, object, object>> _compiled = new(StringComparer.Ordinal);
    private readonly IFormatProvider _formatProvider;

    private TemplateSet(IReadOnlyDictionary<string, string> sources)
    {
        var handlebars = Handlebars.Create(new HandlebarsConfiguration { NoEscape = true, ThrowOnUnresolvedBindingExpression = true });
        TemplateHelpers.Register(handlebars);
        _formatProvider = handlebars.Configuration.FormatProvider;
        foreach (var (name, text) in sources)
        {
            try
            {
                _compiled[name] = handlebars.Compile(new StringReader(text.Replace("\r\n", "\n", StringComparison.Ordinal)));
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

    /// <summary>The file <paramref name="relativePath"/>: template <paramref name="name"/> rendered with <paramref name="model"/>.</summary>
    /// <exception cref="TemplateException">The template fails to render.</exception>
    public OutputFile Render(string relativePath, string name, object model)
    {
        var buffer = t_buffer ?? new StringBuilder();
        t_buffer = null;
        try
        {
            using (var writer = new StringWriter(buffer, _formatProvider))
            {
                _compiled[name](writer, model, null!);
            }

            return OutputFile.Text(relativePath, buffer);
        }
        catch (HandlebarsException error)
        {
            throw new TemplateException($"template '{name}' cannot render: {TemplateHelpers.Line(error.Message)}");
        }
        finally
        {
            buffer.Clear();
            t_buffer = buffer;
        }
    }
}

/// <summary>A template that cannot be used (a <c>--templates</c> override is an input): the message names it and says why.</summary>
public sealed class TemplateException(string message) : InputException(message);
