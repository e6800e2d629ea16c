namespace Informatica2Spark.Core.Parameters;

/// <summary>A parameter file as read: its sections in file order.</summary>
public sealed record ParameterFile(string DisplayName, IReadOnlyList<ParameterSection> Sections);

/// <summary>One heading and the assignments under it.</summary>
public sealed record ParameterSection(ParameterScope Scope, string Heading, int Line, IReadOnlyList<ParameterEntry> Entries);

/// <summary>
/// One <c>name=value</c> line: the name up to the first <c>=</c>, the value as written (quotes kept, surrounding
/// blanks trimmed), an optional mapplet scope (<c>mplt_x.$$p=v</c>) and its line number.
/// </summary>
public sealed record ParameterEntry(string Name, string Value, string? MappletScope, int Line);
