using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection;
using Informatica2Spark.Syntax;

namespace Informatica2Spark.Runtime;

/// <summary>
/// A run-time value the statements of <c>mapping.sql</c> refer to by a named marker: the marker's name (without the
/// colon, <c>LOAD_DATE</c>), the parameter, variable or built-in it stands for (<c>$$LOAD_DATE</c>), and the kind of
/// value, which decides how its text is read and written as a literal.
/// </summary>
public sealed record SqlValue(string Marker, string Name, RunTimeValueKind Kind);

/// <summary>
/// The statements of the mapping script a driver embeds (<c>mapping.sql</c>, resource <see cref="ResourceName"/>), as
/// <see cref="MappingScript"/> writes them, with each run-time marker replaced by its value's literal
/// (<see cref="SqlParameterBinder"/>, <see cref="SparkSqlLiterals"/>): a value without text is a typed NULL.
/// </summary>
public static class MappingStatements
{
    /// <summary>The logical name of the embedded script in a driver assembly.</summary>
    public const string ResourceName = "mapping.sql";

    /// <summary>The script's text from the driver assembly.</summary>
    /// <exception cref="InvalidOperationException">The assembly does not embed the script.</exception>
    public static string Read(Assembly driver)
    {
        using var stream = driver.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"the driver does not embed {ResourceName}: rebuild it from its project");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>Every statement of <paramref name="script"/> in order, its markers bound with <paramref name="valueOf"/>.</summary>
    /// <exception cref="InvalidOperationException">A value's text is not of its kind; the message names it.</exception>
    public static IReadOnlyList<string> Bind(string script, IReadOnlyList<SqlValue> values, Func<string, string?> valueOf, int currentYear)
    {
        var literals = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var value in values)
        {
            var text = valueOf(value.Name);
            if (!RunTimeValues.TryParse(value.Kind, text, currentYear, out var parsed, out var problem))
            {
                throw new InvalidOperationException($"{value.Name}: {problem}");
            }

            literals[value.Marker] = SparkSqlLiterals.Of(value.Kind, parsed);
        }

        var statements = new List<string>();
        foreach (var statement in MappingScript.Read(script))
        {
            statements.Add(SqlParameterBinder.Bind(statement.Sql, name => literals.TryGetValue(name, out var literal) ? literal : null));
        }

        return statements;
    }
}
