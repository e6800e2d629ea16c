using System.Globalization;
using System.Text;
using HandlebarsDotNet;

namespace Informatica2Spark.Core.Emit.Templates;

/// <summary>
/// Escaping helpers templates use to put a value into each output language safely:
/// <c>{{cs x}}</c> a C# string literal, <c>{{json x}}</c> a JSON string, <c>{{yaml x}}</c> a YAML double-quoted scalar, <c>{{sh x}}</c> a single-quoted
/// shell word, <c>{{md x}}</c> a Markdown table cell, <c>{{line x}}</c> one line (for comments).
/// </summary>
public static class TemplateHelpers
{
    public static void Register(IHandlebars handlebars)
    {
        handlebars.RegisterHelper("cs", (writer, _, arguments) => WriteQuoted(writer, Text(arguments), CSharpEscape));
        handlebars.RegisterHelper("json", (writer, _, arguments) => WriteQuoted(writer, Text(arguments), JsonEscape));
        handlebars.RegisterHelper("yaml", (writer, _, arguments) => WriteQuoted(writer, Text(arguments), YamlEscape));
        handlebars.RegisterHelper("sh", (writer, _, arguments) => writer.WriteSafeString(Shell(Text(arguments))));
        handlebars.RegisterHelper("md", (writer, _, arguments) => writer.WriteSafeString(Markdown(Text(arguments))));
        handlebars.RegisterHelper("line", (writer, _, arguments) => writer.WriteSafeString(Line(Text(arguments))));
    }

    public static string CSharp(string? value) => Quoted(value, CSharpEscape);

    /// <summary>A JSON string (RFC 8259): quotes, backslashes and control characters escaped; non-ASCII as <c>\uXXXX</c>.</summary>
    public static string Json(string? value) => Quoted(value, JsonEscape);

    public static string Yaml(string? value) => Quoted(value, YamlEscape);

    private static string? CSharpEscape(char c) => c switch
    {
        '"' => "\\\"",
        '\\' => "\\\\",
        '\n' => "\\n",
        '\r' => "\\r",
        '\t' => "\\t",
        '\0' => "\\0",
        _ when char.IsControl(c) || char.IsSurrogate(c) || c > '\u007e' => $"\\u{(int)c:x4}",
        _ => null,
    };

    private static string? JsonEscape(char c) => c switch
    {
        '"' => "\\\"",
        '\\' => "\\\\",
        '\n' => "\\n",
        '\r' => "\\r",
        '\t' => "\\t",
        _ when char.IsControl(c) || char.IsSurrogate(c) || c > '\u007e' => $"\\u{(int)c:x4}",
        _ => null,
    };

    private static string? YamlEscape(char c) => c switch
    {
        '"' => "\\\"",
        '\\' => "\\\\",
        '\n' => "\\n",
        '\r' => "\\r",
        '\t' => "\\t",
        _ when char.IsControl(c) => $"\\x{(int)c:x2}",
        _ => null,
    };

    public static string Shell(string? value) => "'" + (value ?? string.Empty).Replace("'", "'\\''", StringComparison.Ordinal) + "'";

    public static string Markdown(string? value) =>
        Line(value).Replace("\\", "\\\\", StringComparison.Ordinal).Replace("|", "\\|", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal).Replace("`", "\\`", StringComparison.Ordinal);

    public static string Line(string? value) =>
        value is null ? string.Empty
        : value.AsSpan().IndexOfAny('\r', '\n', '\t') < 0 ? value.Trim()
        : string.Join(' ', value.Split(['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    /// <summary>A double-quoted literal, each character escaped as <paramref name="escape"/> says (null: as it is); null as <c>null</c>.</summary>
    private static string Quoted(string? value, Func<char, string?> escape)
    {
        if (value is null)
        {
            return "null";
        }

        var plain = PlainLength(value, escape);
        if (plain == value.Length)
        {
            return string.Concat("\"", value, "\"");
        }

        var builder = new StringBuilder(value.Length + 8).Append('"').Append(value, 0, plain);
        for (var i = plain; i < value.Length; i++)
        {
            if (escape(value[i]) is { } escaped)
            {
                builder.Append(escaped);
            }
            else
            {
                builder.Append(value[i]);
            }
        }

        return builder.Append('"').ToString();
    }

    /// <summary>Writes <see cref="Quoted"/>'s literal; a value that needs no escape goes between its quotes as it is, uncopied.</summary>
    private static void WriteQuoted(EncodedTextWriter writer, string? value, Func<char, string?> escape)
    {
        if (value is not null && PlainLength(value, escape) == value.Length)
        {
            writer.WriteSafeString("\"");
            writer.WriteSafeString(value);
            writer.WriteSafeString("\"");
        }
        else
        {
            writer.WriteSafeString(Quoted(value, escape));
        }
    }

    /// <summary>How many characters at the start of <paramref name="value"/> need no escape.</summary>
    private static int PlainLength(string value, Func<char, string?> escape)
    {
        var plain = 0;
        while (plain < value.Length && escape(value[plain]) is null)
        {
            plain++;
        }

        return plain;
    }

    private static string? Text(Arguments arguments) => arguments.Length == 0 || arguments[0] is null ? null : Convert.ToString(arguments[0], CultureInfo.InvariantCulture);
}
