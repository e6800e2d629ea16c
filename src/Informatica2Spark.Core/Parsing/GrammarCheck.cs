using System.Xml;

namespace Informatica2Spark.Core.Parsing;

/// <summary>
/// Checks one document against the <see cref="ExportGrammar"/> as the reader meets its nodes: each element start, each
/// of its attributes, the end of its attributes, its text and its end. Findings wait in <see cref="Findings"/> until
/// the reader takes them with their object path.
/// <para>
/// Reports where System.Xml's XSD validator, which the grammar check replaces in the read path, reports (a test holds
/// the two to the same positions): an element not allowed where it stands is reported once, and the rest of its parent's
/// content (that element's subtree, its later siblings and theirs, text, the parent's completeness) is not checked, since
/// its place in the content model is lost. Namespace declarations and <c>xsi:</c> attributes are not checked. A document element in a namespace is reported once,
/// as a warning, and not checked.
/// </para>
/// </summary>
internal sealed class GrammarCheck(ExportGrammar grammar)
{
    private const string XmlnsNamespace = "http://www.w3.org/2000/xmlns/";
    private const string XsiNamespace = "http://www.w3.org/2001/XMLSchema-instance";

    private Frame[] _stack = new Frame[16];
    private int _depth;

    /// <summary>Findings not yet taken by the reader, in document order.</summary>
    public List<GrammarFinding> Findings { get; } = [];

    /// <summary>Enters an element at (<paramref name="line"/>, <paramref name="column"/>), placing it in its parent's content.</summary>
    public void Start(string name, string ns, int line, int column)
    {
        ElementRule? rule = null;
        if (_depth == 0)
        {
            if (ns.Length == 0 && grammar.Roots.TryGetValue(name, out var root))
            {
                rule = root;
            }
            else
            {
                Report(true, $"<{name}> is in the namespace '{ns}', which the export grammar does not describe; the document is not checked", line, column);
            }
        }
        else
        {
            ref var parent = ref _stack[_depth - 1];
            if (parent.ValidatesChildren)
            {
                var state = parent.Rule!.Content?.States[parent.State];
                if (state is not null && ns.Length == 0 && state.Next.TryGetValue(name, out var next))
                {
                    parent.State = next.State;
                    rule = next.Element;
                }
                else
                {
                    Report(false, Misplaced(parent.Rule.Name, name, ns, state), line, column);
                    parent.ValidatesChildren = false;
                }
            }
        }

        if (_depth == _stack.Length)
        {
            Array.Resize(ref _stack, _depth * 2);
        }

        _stack[_depth++] = new Frame { Rule = rule, ValidatesChildren = rule is not null };
    }

    /// <summary>Checks one attribute of the element just entered; <paramref name="xml"/> is positioned on it.</summary>
    public void Attribute(XmlReader xml, string name, string value, IXmlLineInfo position)
    {
        ref var frame = ref _stack[_depth - 1];
        if (frame.Rule is not { } rule)
        {
            return;
        }

        var ns = xml.NamespaceURI;
        if (ns.Length != 0)
        {
            if (ns is XmlnsNamespace or XsiNamespace)
            {
                return;
            }

            Report(false, $"<{rule.Name}> has an attribute {xml.Name} the export grammar does not declare", position.LineNumber, position.LinePosition);
            return;
        }

        if (!rule.Attributes.TryGetValue(name, out var attribute))
        {
            Report(false, $"<{rule.Name}> has an attribute {name} the export grammar does not declare", position.LineNumber, position.LinePosition);
            return;
        }

        if (!attribute.Allows(value))
        {
            Report(false, $"<{rule.Name}> {name}='{value}' is not one of {string.Join(", ", attribute.Values!)}", position.LineNumber, position.LinePosition);
        }

        if (attribute.RequiredIndex >= 0)
        {
            frame.RequiredSeen |= 1UL << attribute.RequiredIndex;
        }
    }

    /// <summary>Checks, after its last attribute, that the element just entered has every required attribute.</summary>
    public void EndOfAttributes(int line, int column)
    {
        ref var frame = ref _stack[_depth - 1];
        if (frame.Rule is not { } rule || frame.RequiredSeen == rule.RequiredMask)
        {
            return;
        }

        foreach (var required in rule.Required)
        {
            if ((frame.RequiredSeen & (1UL << required.RequiredIndex)) == 0)
            {
                Report(false, $"<{rule.Name}> lacks the required attribute {required.Name}", line, column);
            }
        }
    }

    /// <summary>Checks a text or CDATA node of the current element.</summary>
    public void Text(string text, int line, int column)
    {
        ref var frame = ref _stack[_depth - 1];
        if (!frame.ValidatesChildren)
        {
            return;
        }

        var rule = frame.Rule!;
        if (rule.Content is null || !string.IsNullOrWhiteSpace(text))
        {
            Report(false, $"<{rule.Name}> does not allow text content", line, column);
        }
    }

    /// <summary>Leaves the current element, checking that its content is complete; the position is its end tag's (its start tag's when empty).</summary>
    public void End(int line, int column)
    {
        ref var frame = ref _stack[--_depth];
        if (frame.ValidatesChildren && frame.Rule!.Content is { } content && !content.States[frame.State].MayEnd)
        {
            Report(false, $"<{frame.Rule.Name}> ends before its required content; expected {Expected(content.States[frame.State])}", line, column);
        }

        frame = default;
    }

    private string Misplaced(string parent, string child, string ns, ContentState? state)
    {
        var known = ns.Length == 0 && grammar.Roots.ContainsKey(child);
        var what = known ? $"<{parent}> does not allow <{child}> here" : $"<{parent}> contains <{child}>, an element the export grammar does not declare";
        return state is null ? $"{what}; it holds no elements" : state.Expected.Length == 0 ? $"{what}; it allows no further elements" : $"{what}; expected {Expected(state)}";
    }

    private static string Expected(ContentState state) =>
        (state.Expected.Length == 1 ? string.Empty : "one of ") + string.Join(", ", state.Expected.Select(e => "<" + e + ">"));

    private void Report(bool warning, string message, int line, int column) =>
        Findings.Add(new GrammarFinding(warning, message, line, column));

    private struct Frame
    {
        public ElementRule? Rule;
        public int State;
        public bool ValidatesChildren;
        public ulong RequiredSeen;
    }
}

/// <summary>One grammar finding: a warning or an error, its message and its position in the document.</summary>
internal readonly record struct GrammarFinding(bool IsWarning, string Message, int Line, int Column);
