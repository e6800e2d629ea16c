#!/usr/bin/env python3
"""Writes xsd/powrmart.xsd from the PowerCenter export grammar (powrmart.dtd).

The translation is mechanical so that the schema follows the grammar exactly: every element's content model becomes
the same XSD particle (sequence, choice, ?, *, +, EMPTY), every #REQUIRED attribute is required, every enumerated
attribute type becomes a restriction with the same values, CDATA becomes xs:string. DTD default values are not
carried over (they would change what the reader sees). Deliberate relaxations are listed in RELAXATIONS below, each
with its reason, and applied on top.

Usage: scripts/dtd_to_xsd.py PATH/TO/powrmart.dtd > xsd/powrmart.xsd
"""
import re
import sys
from xml.sax.saxutils import quoteattr

# Relaxations beyond the DTD that real exports need: (element, description, reason). Empty while every export
# in the corpus validates against the strict translation.
RELAXATIONS = []


def strip_comments(text):
    return re.sub(r"<!--.*?-->", "", text, flags=re.S)


def parse(text):
    text = strip_comments(text)
    elements = {}
    order = []
    for m in re.finditer(r"<!ELEMENT\s+(\S+)\s+(.*?)>", text, flags=re.S):
        name, model = m.group(1), " ".join(m.group(2).split())
        elements[name] = model
        order.append(name)
    attlists = {}
    for m in re.finditer(r"<!ATTLIST\s+(\S+)\s+(.*?)>", text, flags=re.S):
        attlists.setdefault(m.group(1), []).extend(parse_attributes(m.group(2)))
    return order, elements, attlists


ATTR = re.compile(
    r"""\s*([A-Za-z_][\w.\-]*)\s+(CDATA|ID|IDREF|IDREFS|NMTOKEN|NMTOKENS|\([^)]*\))\s+(\#REQUIRED|\#IMPLIED|\#FIXED\s+(?:"[^"]*"|'[^']*')|"[^"]*"|'[^']*')""",
    re.S)


def parse_attributes(body):
    attrs = []
    pos = 0
    body = body.strip()
    while pos < len(body):
        m = ATTR.match(body, pos)
        if not m:
            rest = body[pos:].strip()
            if not rest:
                break
            raise SystemExit(f"cannot parse attribute declaration near: {rest[:80]!r}")
        name, kind, default = m.group(1), m.group(2), m.group(3)
        values = None
        if kind.startswith("("):
            values = [v.strip() for v in kind[1:-1].split("|") if v.strip()]
        attrs.append((name, values, default.startswith("#REQUIRED")))
        pos = m.end()
    return attrs


TOKEN = re.compile(r"\s*([(),|?*+]|[A-Za-z_#][\w.\-]*)")


def tokenize(model):
    tokens, pos = [], 0
    while pos < len(model):
        m = TOKEN.match(model, pos)
        if not m:
            if model[pos:].strip() == "":
                break
            raise SystemExit(f"cannot tokenize content model {model!r}")
        tokens.append(m.group(1))
        pos = m.end()
    return tokens


def parse_model(tokens):
    """Returns (kind, children, occurrence) with kind 'seq', 'choice' or 'ref'."""
    pos = 0

    def occurrence():
        nonlocal pos
        if pos < len(tokens) and tokens[pos] in "?*+":
            pos += 1
            return tokens[pos - 1]
        return ""

    def group():
        nonlocal pos
        assert tokens[pos] == "("
        pos += 1
        items, separator = [item()], None
        while tokens[pos] in (",", "|"):
            separator = separator or tokens[pos]
            if tokens[pos] != separator:
                raise SystemExit("mixed separators in a group")
            pos += 1
            items.append(item())
        assert tokens[pos] == ")"
        pos += 1
        return ("choice" if separator == "|" else "seq", items, occurrence())

    def item():
        nonlocal pos
        if tokens[pos] == "(":
            return group()
        name = tokens[pos]
        pos += 1
        return ("ref", name, occurrence())

    result = group()
    if pos != len(tokens):
        raise SystemExit(f"trailing tokens in content model: {tokens[pos:]}")
    return result


def occurs(occ):
    return {"": "", "?": ' minOccurs="0"', "*": ' minOccurs="0" maxOccurs="unbounded"',
            "+": ' maxOccurs="unbounded"'}[occ]


def particle(node, indent):
    kind, body, occ = node
    pad = " " * indent
    if kind == "ref":
        return [f'{pad}<xs:element ref="{body}"{occurs(occ)} />']
    tag = "xs:sequence" if kind == "seq" else "xs:choice"
    lines = [f"{pad}<{tag}{occurs(occ)}>"]
    for child in body:
        lines.extend(particle(child, indent + 2))
    lines.append(f"{pad}</{tag}>")
    return lines


def attribute(name, values, required, indent):
    pad = " " * indent
    use = ' use="required"' if required else ""
    if values is None:
        return [f'{pad}<xs:attribute name="{name}" type="xs:string"{use} />']
    if values == ["YES", "NO"] or values == ["YES", "NO"][::-1]:
        return [f'{pad}<xs:attribute name="{name}" type="YesNo"{use} />']
    lines = [f'{pad}<xs:attribute name="{name}"{use}>', f"{pad}  <xs:simpleType>",
             f'{pad}    <xs:restriction base="xs:string">']
    lines += [f"{pad}      <xs:enumeration value={quoteattr(v)} />" for v in values]
    lines += [f"{pad}    </xs:restriction>", f"{pad}  </xs:simpleType>", f"{pad}</xs:attribute>"]
    return lines


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        order, elements, attlists = parse(f.read())
    out = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        "<!--",
        "  XML Schema for PowerCenter exports (root POWERMART), written from the export grammar powrmart.dtd by",
        "  scripts/dtd_to_xsd.py: each element's content model, required attribute and enumeration is the DTD's.",
        "  Regenerate: scripts/dtd_to_xsd.py ../shared/reference/powrmart.dtd > xsd/powrmart.xsd",
        "  Attributes the DTD does not declare are rejected (no xs:anyAttribute): every real export in the corpus",
        "  validates without one, and a strict schema makes an export from an unknown release say so (I2S0101)",
        "  instead of losing settings silently. Loosen an element here, with its reason, only when a real export needs it.",
        "  Relaxations beyond the DTD (none unless listed):",
    ]
    out += [f"    {e}: {d} ({r})" for e, d, r in RELAXATIONS] or ["    none"]
    out += ["-->", '<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" elementFormDefault="qualified">', "",
            '  <xs:simpleType name="YesNo">', '    <xs:restriction base="xs:string">',
            '      <xs:enumeration value="YES" />', '      <xs:enumeration value="NO" />',
            "    </xs:restriction>", "  </xs:simpleType>"]
    for name in order:
        model = elements[name]
        out.append("")
        out.append(f'  <xs:element name="{name}">')
        out.append("    <xs:complexType>")
        if model not in ("EMPTY",):
            if model == "ANY":
                out.append('      <xs:sequence><xs:any processContents="skip" minOccurs="0" maxOccurs="unbounded" /></xs:sequence>')
            else:
                tree = parse_model(tokenize(model))
                out.extend(particle(tree, 6))
        for attr_name, values, required in attlists.get(name, []):
            out.extend(attribute(attr_name, values, required, 6))
        out.append("    </xs:complexType>")
        out.append("  </xs:element>")
    out += ["", "</xs:schema>", ""]
    sys.stdout.write("\n".join(out))


if __name__ == "__main__":
    main()
