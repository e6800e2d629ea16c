using System.Collections.Frozen;
using System.Xml;
using System.Xml.Schema;

namespace Informatica2Spark.Core.Parsing;

/// <summary>
/// The export grammar as a compact per-element table, built once per process from the compiled
/// <see cref="ExportSchema.SchemaSet"/> (<c>xsd/powrmart.xsd</c> stays the one definition). Each element has its declared
/// attributes (required or not, with their enumerated values), whether it may hold text, and its content model as a small
/// deterministic automaton. Only the XSD constructs <c>powrmart.xsd</c> uses are supported: a sequence of elements and
/// choices of elements, or one choice, with occurrences 0..1, 1..1, 0..unbounded and 1..unbounded; attributes of type
/// <c>xs:string</c> or of an enumeration restricting it. Building the table throws <see cref="NotSupportedException"/>
/// on anything else, so a regenerated schema is never half-checked.
/// </summary>
internal sealed class ExportGrammar
{
    private static readonly Lazy<ExportGrammar> Built =
        new(() => new ExportGrammar(ExportSchema.SchemaSet), LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly XmlQualifiedName XsString = new("string", XmlSchema.Namespace);

    private readonly Dictionary<XmlSchemaElement, ElementRule> _rules = new(ReferenceEqualityComparer.Instance);
    private readonly XmlSchemaSet _schemas;

    /// <summary>The table of the embedded export schema.</summary>
    public static ExportGrammar Instance => Built.Value;

    /// <summary>Builds the table of <paramref name="schemas"/> (compiled); throws <see cref="NotSupportedException"/> on a construct it cannot check.</summary>
    public ExportGrammar(XmlSchemaSet schemas)
    {
        _schemas = schemas;
        var roots = new Dictionary<string, ElementRule>(StringComparer.Ordinal);
        foreach (XmlSchemaElement element in schemas.GlobalElements.Values)
        {
            roots[element.QualifiedName.Name] = RuleOf(element);
        }

        Roots = roots.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>The globally declared elements by name: the possible document elements, and every element name the grammar knows.</summary>
    public FrozenDictionary<string, ElementRule> Roots { get; }

    private ElementRule RuleOf(XmlSchemaElement element)
    {
        if (!element.RefName.IsEmpty)
        {
            element = (XmlSchemaElement?)_schemas.GlobalElements[element.RefName]
                ?? throw Unsupported(element.RefName.Name, "refers to an undeclared element");
        }

        if (_rules.TryGetValue(element, out var known))
        {
            return known;
        }

        var name = element.QualifiedName.Name;
        if (element.QualifiedName.Namespace.Length != 0)
        {
            throw Unsupported(name, "is in a target namespace");
        }

        if (element.IsAbstract || element.IsNillable || element.DefaultValue is not null || element.FixedValue is not null
            || !element.SubstitutionGroup.IsEmpty || element.Constraints.Count != 0)
        {
            throw Unsupported(name, "is abstract, nillable, has a default, fixed value, substitution group or identity constraint");
        }

        if (element.ElementSchemaType is not XmlSchemaComplexType type)
        {
            throw Unsupported(name, "has simple (text) content");
        }

        if (type.IsMixed || type.AttributeWildcard is not null)
        {
            throw Unsupported(name, "has mixed content or an attribute wildcard");
        }

        var rule = new ElementRule(name);
        _rules.Add(element, rule);
        rule.Complete(Attributes(name, type), Content(name, type));
        return rule;
    }

    private static List<AttributeRule> Attributes(string element, XmlSchemaComplexType type)
    {
        var attributes = new List<AttributeRule>();
        var required = 0;
        foreach (XmlSchemaAttribute attribute in type.AttributeUses.Values)
        {
            var name = attribute.QualifiedName.Name;
            if (attribute.QualifiedName.Namespace.Length != 0 || attribute.DefaultValue is not null
                || attribute.FixedValue is not null || attribute.Use == XmlSchemaUse.Prohibited)
            {
                throw Unsupported(element, $"attribute {name} is namespaced, prohibited or has a default or fixed value");
            }

            var isRequired = attribute.Use == XmlSchemaUse.Required;
            if (isRequired && required == 64)
            {
                throw Unsupported(element, "has more than 64 required attributes");
            }

            var values = Enumeration(element, name, attribute.AttributeSchemaType);
            attributes.Add(new AttributeRule(name, isRequired ? required++ : -1, values));
        }

        return attributes;
    }

    /// <summary>The values an attribute type allows, or null for any string.</summary>
    private static string[]? Enumeration(string element, string attribute, XmlSchemaSimpleType? type)
    {
        if (type is null)
        {
            throw Unsupported(element, $"attribute {attribute} has no type");
        }

        if (type.QualifiedName == XsString)
        {
            return null;
        }

        if (type.Content is not XmlSchemaSimpleTypeRestriction restriction
            || type.BaseXmlSchemaType is not XmlSchemaSimpleType baseType)
        {
            throw Unsupported(element, $"attribute {attribute} is neither xs:string nor a restriction of it");
        }

        var values = new List<string>();
        foreach (var facet in restriction.Facets)
        {
            if (facet is not XmlSchemaEnumerationFacet { Value: { } value })
            {
                throw Unsupported(element, $"attribute {attribute} uses a facet other than xs:enumeration");
            }

            values.Add(value);
        }

        var inherited = Enumeration(element, attribute, baseType);
        if (values.Count == 0)
        {
            return inherited;
        }

        if (inherited is not null)
        {
            throw Unsupported(element, $"attribute {attribute} restricts an enumeration again");
        }

        return [.. values];
    }

    private ContentModel? Content(string element, XmlSchemaComplexType type)
    {
        if (type.ContentType == XmlSchemaContentType.Empty)
        {
            return null;
        }

        if (type.ContentType != XmlSchemaContentType.ElementOnly)
        {
            throw Unsupported(element, $"has {type.ContentType} content");
        }

        var slots = new List<Slot>();
        switch (type.ContentTypeParticle)
        {
            case XmlSchemaSequence sequence:
                RequireOnce(element, sequence);
                foreach (var item in sequence.Items)
                {
                    slots.Add(item switch
                    {
                        XmlSchemaElement child => SlotOf(element, child, [child]),
                        XmlSchemaChoice choice => SlotOf(element, choice, ChoiceElements(element, choice)),
                        _ => throw Unsupported(element, $"has a {item.GetType().Name} inside its sequence"),
                    });
                }

                break;
            case XmlSchemaChoice choice:
                slots.Add(SlotOf(element, choice, ChoiceElements(element, choice)));
                break;
            case XmlSchemaElement child:
                slots.Add(SlotOf(element, child, [child]));
                break;
            case var other:
                throw Unsupported(element, $"has a {other.GetType().Name} content model");
        }

        return ContentModel.Build(slots);
    }

    private static void RequireOnce(string element, XmlSchemaParticle particle)
    {
        if (particle.MinOccurs != 1 || particle.MaxOccurs != 1)
        {
            throw Unsupported(element, $"has a {particle.GetType().Name} that repeats or is optional");
        }
    }

    private static List<XmlSchemaElement> ChoiceElements(string element, XmlSchemaChoice choice)
    {
        var elements = new List<XmlSchemaElement>();
        foreach (var item in choice.Items)
        {
            if (item is not XmlSchemaElement child)
            {
                throw Unsupported(element, $"has a {item.GetType().Name} inside a choice");
            }

            RequireOnce(element, child);
            elements.Add(child);
        }

        return elements;
    }

    private Slot SlotOf(string element, XmlSchemaParticle particle, List<XmlSchemaElement> elements)
    {
        if (particle.MinOccurs is not (0 or 1) || (particle.MaxOccurs != 1 && particle.MaxOccurs != decimal.MaxValue))
        {
            throw Unsupported(element, $"has a particle occurring {particle.MinOccursString ?? "1"}..{particle.MaxOccursString ?? "1"}");
        }

        return new Slot([.. elements.Select(RuleOf)], particle.MinOccurs == 1, particle.MaxOccurs != 1);
    }

    private static NotSupportedException Unsupported(string element, string what) =>
        new($"The export grammar table cannot check <{element}>: it {what}. Extend ExportGrammar before using this schema.");
}

/// <summary>One element of the grammar: its attributes, whether it holds elements (its content model) or nothing at all.</summary>
internal sealed class ElementRule(string name)
{
    private static readonly FrozenDictionary<string, AttributeRule> NoAttributes =
        FrozenDictionary<string, AttributeRule>.Empty;

    /// <summary>The element's name (no namespace).</summary>
    public string Name { get; } = name;

    /// <summary>Declared attributes by name.</summary>
    public FrozenDictionary<string, AttributeRule> Attributes { get; private set; } = NoAttributes;

    /// <summary>The required attributes, indexed by <see cref="AttributeRule.RequiredIndex"/>.</summary>
    public AttributeRule[] Required { get; private set; } = [];

    /// <summary>All required attributes as a bit mask over <see cref="AttributeRule.RequiredIndex"/>.</summary>
    public ulong RequiredMask { get; private set; }

    /// <summary>The children the element allows, in order; null when it is empty (no children, no text).</summary>
    public ContentModel? Content { get; private set; }

    internal void Complete(List<AttributeRule> attributes, ContentModel? content)
    {
        Attributes = attributes.ToFrozenDictionary(a => a.Name, StringComparer.Ordinal);
        Required = [.. attributes.Where(a => a.RequiredIndex >= 0).OrderBy(a => a.RequiredIndex)];
        RequiredMask = Required.Length == 64 ? ulong.MaxValue : (1UL << Required.Length) - 1;
        Content = content;
    }
}

/// <summary>One declared attribute: its name, its index among the required ones (-1 when optional) and its allowed values (null: any text).</summary>
internal sealed record AttributeRule(string Name, int RequiredIndex, string[]? Values)
{
    /// <summary>Whether <paramref name="value"/> is allowed (exact comparison: xs:string keeps white space).</summary>
    public bool Allows(string value)
    {
        if (Values is null)
        {
            return true;
        }

        foreach (var allowed in Values)
        {
            if (string.Equals(allowed, value, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>One position of a content model: a set of alternative elements, whether it must occur, whether it repeats.</summary>
internal sealed record Slot(ElementRule[] Elements, bool Required, bool Repeats);

/// <summary>
/// A content model compiled into a deterministic automaton. A state is a slot of the sequence and whether that slot has
/// occurred yet (state <c>2 * slot + occurred</c>; state 0 is the start). Because the schema obeys the Unique Particle
/// Attribution rule, taking each child in the first slot that accepts it is exact.
/// </summary>
internal sealed class ContentModel
{
    private ContentModel(ContentState[] states) => States = states;

    /// <summary>The automaton's states; <c>States[0]</c> is the start.</summary>
    public ContentState[] States { get; }

    internal static ContentModel Build(List<Slot> slots)
    {
        if (slots.Count == 0)
        {
            return new ContentModel([new ContentState(FrozenDictionary<string, ContentTransition>.Empty, true, [])]);
        }

        var states = new ContentState[2 * slots.Count];
        for (var slot = 0; slot < slots.Count; slot++)
        {
            for (var occurred = 0; occurred < 2; occurred++)
            {
                states[(2 * slot) + occurred] = StateAt(slots, slot, occurred == 1);
            }
        }

        return new ContentModel(states);
    }

    private static ContentState StateAt(List<Slot> slots, int slot, bool occurred)
    {
        var transitions = new Dictionary<string, ContentTransition>(StringComparer.Ordinal);
        var expected = new List<string>();
        var q = slot;
        var satisfied = occurred || !slots[q].Required;
        if (!occurred || slots[q].Repeats)
        {
            Add(slots[q], q);
        }

        while (satisfied && ++q < slots.Count)
        {
            Add(slots[q], q);
            satisfied = !slots[q].Required;
        }

        return new ContentState(transitions.ToFrozenDictionary(StringComparer.Ordinal), satisfied, [.. expected]);

        void Add(Slot at, int index)
        {
            foreach (var element in at.Elements)
            {
                if (transitions.TryAdd(element.Name, new ContentTransition(element, (2 * index) + 1)))
                {
                    expected.Add(element.Name);
                }
            }
        }
    }
}

/// <summary>One automaton state: the children allowed next, whether the element may end here, and the allowed names in schema order (for messages).</summary>
internal sealed record ContentState(FrozenDictionary<string, ContentTransition> Next, bool MayEnd, string[] Expected);

/// <summary>Taking one child: its rule and the state after it.</summary>
internal readonly record struct ContentTransition(ElementRule Element, int State);
