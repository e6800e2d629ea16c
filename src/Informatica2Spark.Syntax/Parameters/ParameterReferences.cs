using System;
using System.Collections.Generic;
using System.Text;

namespace Informatica2Spark.Syntax;

/// <summary>What kind of text a reference is looked for in; it decides which names are parameters there.</summary>
public enum ReferenceContext
{
    /// <summary>
    /// Session and transformation attributes, SQL overrides, file names, connection values: every <c>$name</c>,
    /// <c>$$name</c> and <c>$$$SessStartTime</c> (Advanced Workflow Guide, Parameters and Variables in Sessions).
    /// </summary>
    Text,

    /// <summary>
    /// Port expressions: as <see cref="Text"/>, plus the built-in variables written without <c>$</c>
    /// (<c>SESSSTARTTIME</c>, <c>SYSDATE</c>, <c>WORKFLOWSTARTTIME</c>; Transformation Language Reference, Variables).
    /// </summary>
    Expression,

    /// <summary>
    /// Pre- and post-session shell commands: only <c>$$name</c>, <c>$$$SessStartTime</c>, <c>$PM...</c> and the
    /// documented session parameter prefixes (<see cref="ParameterReferences.SessionParameterPrefixes"/>) are
    /// parameters; any other <c>$name</c> (<c>$file</c> in <c>while read file</c>) belongs to the shell.
    /// </summary>
    Command,
}

/// <summary>One parameter or variable reference in a text: the name as written and where it is.</summary>
/// <param name="Name">The name with its dollar signs, as written (<c>$$LOAD_DATE</c>, <c>$PMSourceFileDir</c>).</param>
/// <param name="Index">The offset of its first character in the text (0-based, UTF-16 code units).</param>
/// <param name="Length">Its length in UTF-16 code units.</param>
public readonly record struct ParameterReference(string Name, int Index, int Length);

/// <summary>
/// The one definition of PowerCenter's parameter and variable reference syntax, shared by the converter, the
/// validator and generated drivers (Advanced Workflow Guide: Parameter Files, Parameters and Variables in Sessions;
/// Designer Guide: Mapping Parameters and Variables):
/// <list type="bullet">
/// <item><c>$$name</c>: a mapping parameter or variable, or a workflow or worklet variable;</item>
/// <item><c>$$$SessStartTime</c>: the built-in session start time;</item>
/// <item><c>$name</c>: a session parameter (<c>$DBConnection...</c>, <c>$InputFile...</c>, ...) or a built-in
/// (<c>$PM...</c>); <c>$PM&lt;source&gt;@TableName</c> includes its <c>@TableName</c> suffix.</item>
/// </list>
/// A name is ASCII letters, digits and <c>_</c>, starting with a letter or <c>_</c>; a reference never starts in the
/// middle of a longer run of dollar signs. <c>$Source</c> and <c>$Target</c> name a session's connections, not
/// parameters. Names compare case-insensitively.
/// </summary>
public static class ParameterReferences
{
    /// <summary>
    /// Prefixes of the user-defined session parameters (Advanced Workflow Guide, Working with Session Parameters):
    /// <c>$DBConnection</c>, <c>$LoaderConnection</c>, <c>$QueueConnection</c>, <c>$AppConnection</c>,
    /// <c>$FTPConnection</c>, <c>$InputFile</c>, <c>$OutputFile</c>, <c>$LookupFile</c>, <c>$BadFile</c>,
    /// <c>$Param</c>, and <c>$DynamicPartitionCount</c>.
    /// </summary>
    public static readonly IReadOnlyList<string> SessionParameterPrefixes =
    [
        "$DBConnection", "$LoaderConnection", "$QueueConnection", "$AppConnection", "$FTPConnection",
        "$InputFile", "$OutputFile", "$LookupFile", "$BadFile", "$Param", "$DynamicPartitionCount",
    ];

    /// <summary>The built-in variables of expressions that are written without a dollar sign.</summary>
    public static readonly IReadOnlyList<string> BareBuiltIns = ["SESSSTARTTIME", "SYSDATE", "WORKFLOWSTARTTIME"];

    /// <summary>The built-in session start time as text references write it.</summary>
    public const string SessionStartTime = "$$$SessStartTime";

    /// <summary>Every reference in <paramref name="text"/> that is a parameter in <paramref name="context"/>, in order.</summary>
    public static IReadOnlyList<ParameterReference> Find(string? text, ReferenceContext context = ReferenceContext.Text)
    {
        // Most texts hold no reference: they cost a scan and no allocation.
        List<ParameterReference>? found = null;
        if (string.IsNullOrEmpty(text) || (context != ReferenceContext.Expression && !text.Contains('$')))
        {
            return [];
        }

        var i = 0;
        while (i < text.Length)
        {
            if (text[i] == '$')
            {
                var dollars = 1;
                while (i + dollars < text.Length && text[i + dollars] == '$')
                {
                    dollars++;
                }

                var nameEnd = NameEnd(text, i + dollars);
                if (dollars <= 3 && nameEnd > i + dollars && (dollars < 3 || IsSessionStartTime(text, i, nameEnd)))
                {
                    if (dollars == 1 && StartsWith(text, i, "$PM") && nameEnd < text.Length && text[nameEnd] == '@' && EndsTableName(text, nameEnd))
                    {
                        nameEnd += "@TableName".Length;
                    }

                    var name = text.Substring(i, nameEnd - i);
                    if (IsParameter(name, context))
                    {
                        (found ??= []).Add(new ParameterReference(name, i, nameEnd - i));
                    }

                    i = nameEnd;
                    continue;
                }

                i += dollars;
                continue;
            }

            if (context == ReferenceContext.Expression && IsNameStart(text[i]) && (i == 0 || !IsNamePart(text[i - 1])))
            {
                var end = NameEnd(text, i);
                if (IsBareBuiltIn(text.AsSpan(i, end - i)))
                {
                    (found ??= []).Add(new ParameterReference(text.Substring(i, end - i), i, end - i));
                }

                i = end;
                continue;
            }

            i++;
        }

        if (found is null)
        {
            return [];
        }

        return found;
    }

    /// <summary>The names <paramref name="text"/> refers to in <paramref name="context"/>, each once (case-insensitively), in order of first use.</summary>
    public static IReadOnlyList<string> Names(string? text, ReferenceContext context = ReferenceContext.Text)
    {
        var names = new List<string>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var reference in Find(text, context))
        {
            if (seen.Add(reference.Name))
            {
                names.Add(reference.Name);
            }
        }

        return names;
    }

    /// <summary>
    /// The text with each reference replaced by <paramref name="value"/>'s answer, in one pass: a replacement is
    /// never scanned again, so a value that mentions another parameter stays literal, as in PowerCenter. A reference
    /// <paramref name="value"/> answers null for is left as written.
    /// </summary>
    public static string Replace(string text, Func<string, string?> value, ReferenceContext context = ReferenceContext.Text)
    {
        var references = Find(text, context);
        if (references.Count == 0)
        {
            return text;
        }

        var result = new StringBuilder(text.Length + 16);
        var last = 0;
        foreach (var reference in references)
        {
            result.Append(text, last, reference.Index - last);
            result.Append(value(reference.Name) ?? reference.Name);
            last = reference.Index + reference.Length;
        }

        return result.Append(text, last, text.Length - last).ToString();
    }

    /// <summary>Whether <paramref name="text"/> as a whole is one reference (<c>$DBConnection_Src</c>), as a connection value may be.</summary>
    public static bool IsReference(string text) =>
        Find(text) is { Count: 1 } found && found[0].Index == 0 && found[0].Length == text.Length;

    /// <summary>Whether <paramref name="name"/> is a mapping parameter or variable, or a workflow variable (<c>$$name</c>, not <c>$$$SessStartTime</c>).</summary>
    public static bool IsMappingName(string name) => name.StartsWith("$$", StringComparison.Ordinal) && !IsSessionStartTimeName(name);

    /// <summary>Whether <paramref name="name"/> is a built-in of the Integration Service (<c>$PM...</c>).</summary>
    public static bool IsBuiltInName(string name) => name.StartsWith("$PM", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether <paramref name="name"/> is a user-defined session parameter: it starts with one of <see cref="SessionParameterPrefixes"/>.</summary>
    public static bool IsSessionParameterName(string name)
    {
        foreach (var prefix in SessionParameterPrefixes)
        {
            if (name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsParameter(string name, ReferenceContext context)
    {
        if (name.Equals("$Source", StringComparison.OrdinalIgnoreCase) || name.Equals("$Target", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        return context != ReferenceContext.Command
            || name.StartsWith("$$", StringComparison.Ordinal) || IsBuiltInName(name) || IsSessionParameterName(name);
    }

    private static bool IsBareBuiltIn(ReadOnlySpan<char> word)
    {
        foreach (var builtIn in BareBuiltIns)
        {
            if (word.Equals(builtIn, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsSessionStartTimeName(string name) => name.Equals(SessionStartTime, StringComparison.OrdinalIgnoreCase);

    private static bool IsSessionStartTime(string text, int start, int end) => IsSessionStartTimeName(text.Substring(start, end - start));

    private static bool EndsTableName(string text, int at) =>
        string.Compare(text, at, "@TableName", 0, "@TableName".Length, StringComparison.OrdinalIgnoreCase) == 0
        && (at + "@TableName".Length == text.Length || !IsNamePart(text[at + "@TableName".Length]));

    private static bool StartsWith(string text, int at, string prefix) =>
        string.Compare(text, at, prefix, 0, prefix.Length, StringComparison.OrdinalIgnoreCase) == 0;

    private static int NameEnd(string text, int start)
    {
        if (start >= text.Length || !IsNameStart(text[start]))
        {
            return start;
        }

        var end = start + 1;
        while (end < text.Length && IsNamePart(text[end]))
        {
            end++;
        }

        return end;
    }

    private static bool IsNameStart(char c) => char.IsAsciiLetter(c) || c == '_';

    private static bool IsNamePart(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';
}
