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

    private readonly Task<Compiled> _compiled;

    /// <summary>
    /// Compiles <paramref name="sources"/>: at once when <paramref name="now"/> (overrides, whose errors are the user's
    /// and reported before any work), else on a background thread while the run starts reading (the embedded
    /// templates compile by construction); <see cref="Render"/> waits for it. Templates are never compiled and
    /// rendered at the same time.
    /// </summary>
    private TemplateSet(IReadOnlyDictionary<string, string> sources, bool now)
    {
        _compiled = now ? Task.FromResult(Compile(sources)) : Task.Run(() => Compile(sources));
    }

    /// <summary>The compiled templates by file name, and the format provider of the environment that compiled them.</summary>
    private sealed record Compiled(Dictionary<string, HandlebarsTemplate<TextWriter, object, object>> Templates, IFormatProvider FormatProvider);

    private static Compiled Compile(IReadOnlyDictionary<string, string> sources)
    {
        var compiled = new Dictionary<string, HandlebarsTemplate<TextWriter, object, object>>(StringComparer.Ordinal);
        var handlebars = Handlebars.Create(new HandlebarsConfiguration { NoEscape = true, ThrowOnUnresolvedBindingExpression = true });
        TemplateHelpers.Register(handlebars);
        foreach (var (name, text) in sources)
        {
            try
            {
                compiled[name] = handlebars.Compile(new StringReader(text.Replace("\r\n", "\n", StringComparison.Ordinal)));
            }
            catch (HandlebarsException error)
            {
                throw new TemplateException($"template '{name}' does not compile: {TemplateHelpers.Line(error.Message)}");
            }
        }

        return new Compiled(compiled, handlebars.Configuration.FormatProvider);
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

        return new TemplateSet(sources, now: overrides is { Count: > 0 });
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
        var compiled = _compiled.GetAwaiter().GetResult();
        var buffer = t_buffer ?? new StringBuilder();
        t_buffer = null;
        try
        {
            using (var writer = new StringWriter(buffer, compiled.FormatProvider))
            {
                compiled.Templates[name](writer, model, null!);
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
