using Informatica2Spark.Core.Diagnostics;

namespace Informatica2Spark.Core.Parameters;

/// <summary>
/// Reads PowerCenter parameter files: headings, <c>name=value</c> lines, CRLF or LF. "The Integration Service
/// interprets all characters between the beginning of the line and the first equals sign as the parameter name and
/// all characters between the first equals sign and the end of the line as the parameter value" (Advanced Workflow
/// Guide, Parameter Files: Parameter File Structure): so the name keeps any blanks around it (a padded name is a
/// different name, reported by the resolver when it looks like a used one, I2S0310); the value loses surrounding
/// blanks. Lines that are neither a heading nor contain <c>=</c> are comments, as in PowerCenter. The text comes
/// decoded (<see cref="ParameterFileText"/>).
/// </summary>
public static class ParameterFileParser
{
    public static (ParameterFile File, IReadOnlyList<Diagnostic> Diagnostics) Parse(TextReader reader, string displayName)
    {
        var diagnostics = new List<Diagnostic>();
        var sections = new List<ParameterSection>();
        (ParameterScope? Scope, string Heading, int Line, List<ParameterEntry> Entries)? current = null;
        var number = 0;
        while (reader.ReadLine() is { } raw)
        {
            number++;
            var line = raw.Trim();
            if (line.StartsWith('[') && line.EndsWith(']'))
            {
                Close();
                var heading = line[1..^1].Trim();
                var scope = ParameterHeading.Parse(heading);
                if (scope is null)
                {
                    diagnostics.Add(DiagnosticCodes.ParameterHeadingInvalid.Create(
                        $"heading [{heading}] is not one of [Global], [Service:name], [folder.WF:workflow], [folder.WF:workflow.WT:worklet], [folder.WF:workflow.ST:session], [folder.session] or [session]; its assignments are ignored",
                        new SourceLocation(displayName, number, 1)));
                }

                current = (scope, heading, number, []);
                continue;
            }

            var equals = line.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                continue;
            }

            var written = raw.TrimEnd('\r');
            var rawName = written[..written.IndexOf('=', StringComparison.Ordinal)];

            if (current is null)
            {
                diagnostics.Add(DiagnosticCodes.ParameterOutsideSection.Create(
                    $"'{line[..equals].Trim()}' is assigned before any heading; PowerCenter ignores it: put it under [Global] or a scope",
                    new SourceLocation(displayName, number, 1)));
                continue;
            }

            var (name, mapplet) = SplitName(rawName);
            if (!name.Trim().StartsWith('$'))
            {
                diagnostics.Add(DiagnosticCodes.ParameterNameInvalid.Create(
                    $"'{name.Trim()}' does not start with $ or $$: parameters and variables are named $Name (session) or $$Name (mapping)",
                    new SourceLocation(displayName, number, 1)));
            }

            current.Value.Entries.Add(new ParameterEntry(name, line[(equals + 1)..].Trim(), mapplet, number));
        }

        Close();
        return (new ParameterFile(displayName, sections), diagnostics);

        void Close()
        {
            if (current is { Scope: { } scope } section)
            {
                sections.Add(new ParameterSection(scope, section.Heading, section.Line, section.Entries));
            }

            current = null;
        }
    }

    public static (ParameterFile File, IReadOnlyList<Diagnostic> Diagnostics) Parse(string text, string displayName)
    {
        using var reader = new StringReader(text);
        return Parse(reader, displayName);
    }

    /// <summary><c>mplt_x.$$p</c> is the mapplet parameter <c>$$p</c> of mapplet <c>mplt_x</c>.</summary>
    private static (string Name, string? Mapplet) SplitName(string name)
    {
        var dot = name.IndexOf(".$", StringComparison.Ordinal);
        return dot > 0 && !name.TrimStart().StartsWith('$') ? (name[(dot + 1)..], name[..dot].Trim()) : (name, null);
    }
}
