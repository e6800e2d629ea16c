using System.Text;

namespace Informatica2Spark.Core.Expressions.Functions.Character;

/// <summary>
/// A Perl-compatible regular expression (PCRE, which REG_EXTRACT, REG_MATCH and REG_REPLACE take: TLR: Functions >
/// REG_EXTRACT, "You must use perl compatible regular expression syntax") rewritten for Java's
/// <c>java.util.regex</c>, which Spark's regular-expression functions use. Java reads most Perl syntax alike; per
/// construct:
/// <list type="bullet">
/// <item>the same in both, copied: literals, classes and escapes (<c>\d \w \s \b \h \v \R \A \z \Z \G \Q..\E</c>,
/// <c>\xhh \x{h..}</c>, <c>\p{..}</c> categories), quantifiers lazy and possessive, groups capturing, non-capturing,
/// atomic and named <c>(?&lt;name&gt;..)</c>, lookaround, backreferences <c>\1</c>, inline flags <c>i m s x</c>;</item>
/// <item>written otherwise in Java, rewritten: POSIX classes <c>[:alpha:]</c> (Java reads <c>[[:alpha:]]</c> as the
/// characters <c>:alph</c>) as <c>\p{Alpha}</c> and the like; a <c>[</c> or <c>&amp;</c> inside a class, literal in
/// Perl, escaped (Java nests and intersects classes); a <c>]</c> first in a class escaped; <c>\b</c> in a class
/// (backspace) as <c>\x08</c>; Python-style <c>(?P&lt;name&gt;..)</c>, <c>(?P=name)</c> and <c>(?'name'..)</c>;
/// <c>\g{n}</c>, <c>\g{-n}</c>, <c>\gn</c> and <c>\k{name}</c> backreferences; <c>\N</c> as <c>[^\n]</c>; script
/// properties <c>\p{Greek}</c> as <c>\p{IsGreek}</c>; comments <c>(?#..)</c> removed;</item>
/// <item>without a Java form, refused: <c>\K</c>, recursion and subroutine calls (<c>(?R)</c>, <c>(?1)</c>,
/// <c>(?&amp;name)</c>, <c>(?P&gt;name)</c>), conditionals <c>(?(..)..)</c>, branch reset <c>(?|..)</c>, callouts,
/// backtracking verbs <c>(*..)</c>, <c>\C</c>, <c>\o{..}</c>, and the flags <c>U</c> (ungreedy in Perl, Unicode
/// classes in Java), <c>J</c> and <c>X</c>.</item>
/// </list>
/// Two differences are left: Java's <c>.</c>, <c>^</c> and <c>$</c> also treat <c>\r</c>, U+0085, U+2028 and U+2029
/// as line ends, where PCRE by default treats only <c>\n</c>; and group names with an underscore, valid in Perl, are
/// refused by Java.
/// </summary>
internal static class PerlRegex
{
    /// <summary>The Java form of a pattern, the number of its capturing groups, or why it has none.</summary>
    public sealed record Translation(string? Java, int Groups, string? Unsupported);

    private static readonly Dictionary<string, string> PosixClasses = new(StringComparer.Ordinal)
    {
        ["alpha"] = "\\p{Alpha}",
        ["digit"] = "\\p{Digit}",
        ["alnum"] = "\\p{Alnum}",
        ["upper"] = "\\p{Upper}",
        ["lower"] = "\\p{Lower}",
        ["space"] = "\\p{Space}",
        ["blank"] = "\\p{Blank}",
        ["punct"] = "\\p{Punct}",
        ["print"] = "\\p{Print}",
        ["graph"] = "\\p{Graph}",
        ["cntrl"] = "\\p{Cntrl}",
        ["xdigit"] = "\\p{XDigit}",
        ["ascii"] = "\\p{ASCII}",
        ["word"] = "\\w",
    };

    public static Translation ToJava(string pattern)
    {
        var java = new StringBuilder(pattern.Length + 8);
        var groups = 0;
        var inClass = false;
        var classStart = -1;
        var i = 0;
        string? problem = null;
        while (i < pattern.Length && problem is null)
        {
            var c = pattern[i];
            if (c == '\\')
            {
                problem = Escape(pattern, ref i, java, inClass, groups);
                continue;
            }

            if (inClass)
            {
                if (c == ']' && i == classStart)
                {
                    java.Append("\\]");
                    i++;
                }
                else if (c == ']')
                {
                    java.Append(']');
                    inClass = false;
                    i++;
                }
                else if (c == '[' && i + 1 < pattern.Length && pattern[i + 1] == ':' && pattern.IndexOf(":]", i + 2, StringComparison.Ordinal) is var close and > 0
                    && pattern[(i + 2)..close].TrimStart('^') is { Length: > 0 } posix && posix.All(char.IsAsciiLetterLower))
                {
                    var name = pattern[(i + 2)..close];
                    var negated = name.StartsWith('^');
                    if (!PosixClasses.TryGetValue(negated ? name[1..] : name, out var javaClass))
                    {
                        problem = $"the POSIX class [:{name}:] is not known";
                        break;
                    }

                    java.Append(negated ? NegateClass(javaClass) : javaClass);
                    i = close + 2;
                }
                else if (c is '[' or '&')
                {
                    java.Append('\\').Append(c);
                    i++;
                }
                else
                {
                    java.Append(c);
                    i++;
                }

                continue;
            }

            switch (c)
            {
                case '[':
                    java.Append('[');
                    i++;
                    if (i < pattern.Length && pattern[i] == '^')
                    {
                        java.Append('^');
                        i++;
                    }

                    inClass = true;
                    classStart = i;
                    break;
                case '(':
                    problem = Group(pattern, ref i, java, ref groups);
                    break;
                default:
                    java.Append(c);
                    i++;
                    break;
            }
        }

        if (problem is null && inClass)
        {
            problem = "a character class is not closed";
        }

        return problem is null ? new Translation(java.ToString(), groups, null) : new Translation(null, groups, problem);
    }

    private static string NegateClass(string javaClass) => javaClass switch
    {
        "\\w" => "\\W",
        _ => "\\P" + javaClass[2..],
    };

    /// <summary>A construct opening with <c>(</c>: copied, rewritten, or refused.</summary>
    private static string? Group(string pattern, ref int i, StringBuilder java, ref int groups)
    {
        var rest = pattern.AsSpan(i);
        if (rest.StartsWith("(*"))
        {
            return "backtracking control verbs (*...) have no Java form";
        }

        if (!rest.StartsWith("(?"))
        {
            groups++;
            java.Append('(');
            i++;
            return null;
        }

        if (rest.StartsWith("(?#"))
        {
            var end = pattern.IndexOf(')', i);
            if (end < 0)
            {
                return "a comment (?#... is not closed";
            }

            i = end + 1;
            return null;
        }

        if (rest.StartsWith("(?P<") || rest.StartsWith("(?'"))
        {
            var nameStart = i + (rest[2] == 'P' ? 4 : 3);
            var end = pattern.IndexOfAny(['>', '\''], nameStart);
            if (end < 0)
            {
                return "a group name is not closed";
            }

            groups++;
            java.Append("(?<").Append(pattern, nameStart, end - nameStart).Append('>');
            i = end + 1;
            return GroupName(pattern[nameStart..end]);
        }

        if (rest.StartsWith("(?P="))
        {
            var end = pattern.IndexOf(')', i);
            if (end < 0)
            {
                return "a named backreference is not closed";
            }

            java.Append("\\k<").Append(pattern, i + 4, end - i - 4).Append('>');
            i = end + 1;
            return null;
        }

        if (rest.StartsWith("(?<") && !rest.StartsWith("(?<=") && !rest.StartsWith("(?<!"))
        {
            var end = pattern.IndexOf('>', i);
            if (end < 0)
            {
                return "a group name is not closed";
            }

            groups++;
            java.Append(pattern, i, end - i + 1);
            var name = pattern[(i + 3)..end];
            i = end + 1;
            return GroupName(name);
        }

        if (rest.Length > 2)
        {
            switch (rest[2])
            {
                case 'R' or '&' or '+' or (>= '0' and <= '9'):
                case '-' when rest.Length > 3 && char.IsAsciiDigit(rest[3]):
                case 'P' when rest.Length > 3 && rest[3] == '>':
                    return "recursion and subroutine calls have no Java form";
                case '(':
                    return "conditional groups (?(...)...) have no Java form";
                case '|':
                    return "branch reset groups (?|...) have no Java form";
                case 'C':
                    return "callouts (?C...) have no Java form";
            }
        }

        // Inline flags (?imsx-imsx) or (?imsx-imsx: ...), and the other (?...) groups Java reads alike.
        var flags = 2;
        while (flags < rest.Length && (char.IsAsciiLetter(rest[flags]) || rest[flags] == '-'))
        {
            flags++;
        }

        if (flags > 2 && flags < rest.Length && rest[flags] is ')' or ':')
        {
            foreach (var flag in rest[2..flags])
            {
                if (flag is not ('i' or 'm' or 's' or 'x' or '-'))
                {
                    return $"the inline flag {flag} has no Java equivalent";
                }
            }
        }

        java.Append("(?");
        i += 2;
        return null;
    }

    private static string? GroupName(string name) =>
        name.Length > 0 && char.IsAsciiLetter(name[0]) && name.All(char.IsAsciiLetterOrDigit)
            ? null
            : $"the group name '{name}' is not a Java group name (letters and digits, starting with a letter)";

    /// <summary>A backslash sequence: copied, rewritten, or refused.</summary>
    private static string? Escape(string pattern, ref int i, StringBuilder java, bool inClass, int groups)
    {
        if (i + 1 >= pattern.Length)
        {
            return "the pattern ends with a backslash";
        }

        var next = pattern[i + 1];
        switch (next)
        {
            case 'Q':
            {
                var end = pattern.IndexOf("\\E", i + 2, StringComparison.Ordinal);
                var stop = end < 0 ? pattern.Length : end + 2;
                java.Append(pattern, i, stop - i);
                if (end < 0)
                {
                    java.Append("\\E");
                }

                i = stop;
                return null;
            }

            case 'E':
                i += 2;
                return null;
            case 'K':
                return "\\K (keep out of the match) has no Java form";
            case 'C':
                return "\\C (one code unit) has no Java form";
            case 'o' when i + 2 < pattern.Length && pattern[i + 2] == '{':
                return "\\o{...} octal escapes have no Java form";
            case 'N' when !(i + 2 < pattern.Length && pattern[i + 2] == '{'):
                if (inClass)
                {
                    return "\\N in a character class has no Java form";
                }

                java.Append("[^\\n]");
                i += 2;
                return null;
            case 'b' when inClass:
                java.Append("\\x08");
                i += 2;
                return null;
            case 'g':
                return Backreference(pattern, ref i, java, groups);
            case 'k' when i + 2 < pattern.Length && pattern[i + 2] is '{' or '\'':
            {
                var end = pattern.IndexOfAny(['}', '\''], i + 3);
                if (end < 0)
                {
                    return "a named backreference is not closed";
                }

                java.Append("\\k<").Append(pattern, i + 3, end - i - 3).Append('>');
                i = end + 1;
                return null;
            }

            case 'p' or 'P' when i + 2 < pattern.Length && pattern[i + 2] == '{':
            {
                var end = pattern.IndexOf('}', i + 3);
                if (end < 0)
                {
                    return "a \\p{...} property is not closed";
                }

                var name = pattern[(i + 3)..end];
                var negated = name.StartsWith('^');
                var property = negated ? name[1..] : name;
                var upper = next == 'P' ^ negated;
                if (property.Contains('&') || (property.StartsWith('X') && property.Length == 3))
                {
                    return $"the property \\p{{{name}}} has no Java form";
                }

                var javaName = property.Length <= 2 || property.StartsWith("Is", StringComparison.Ordinal) || property.StartsWith("In", StringComparison.Ordinal) ? property : "Is" + property;
                java.Append(upper ? "\\P{" : "\\p{").Append(javaName).Append('}');
                i = end + 1;
                return null;
            }

            default:
                java.Append('\\').Append(next);
                i += 2;
                return null;
        }
    }

    /// <summary><c>\g{n}</c>, <c>\gn</c>, <c>\g{-n}</c>, <c>\g-n</c> or <c>\g{name}</c> as Java's <c>\n</c> or <c>\k&lt;name&gt;</c>.</summary>
    private static string? Backreference(string pattern, ref int i, StringBuilder java, int groups)
    {
        var start = i + 2;
        var braced = start < pattern.Length && pattern[start] == '{';
        var end = braced ? pattern.IndexOf('}', start) : start;
        if (braced && end < 0)
        {
            return "a \\g{...} backreference is not closed";
        }

        var bodyStart = braced ? start + 1 : start;
        if (!braced)
        {
            end = bodyStart;
            if (end < pattern.Length && pattern[end] == '-')
            {
                end++;
            }

            while (end < pattern.Length && char.IsAsciiDigit(pattern[end]))
            {
                end++;
            }
        }

        var body = pattern[bodyStart..end];
        i = braced ? end + 1 : end;
        if (int.TryParse(body, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var number))
        {
            var absolute = number < 0 ? groups + number + 1 : number;
            if (absolute < 1)
            {
                return $"the backreference \\g{{{body}}} names no group";
            }

            java.Append("(?:\\").Append(absolute).Append(')');
            return null;
        }

        if (braced && GroupName(body) is null)
        {
            java.Append("\\k<").Append(body).Append('>');
            return null;
        }

        return "a \\g backreference must name a group by number or name";
    }
}
