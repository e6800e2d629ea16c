using Informatica2Spark.Syntax;

namespace Informatica2Spark.Core.Parameters;

/// <summary>
/// A text after substitution: constants replaced, run-time values and unresolved names left in place as written and
/// listed, so the generated job can bind run-time values per run and the report can name what is missing.
/// </summary>
public sealed record SubstitutedText(string Text, IReadOnlyList<string> RunTime, IReadOnlyList<string> Unresolved);

/// <summary>
/// Substitutes resolved parameters into SQL overrides, filters, file names, connection variables and expressions,
/// in one pass: a substituted value is never scanned again, so a value mentioning another parameter stays literal,
/// as in PowerCenter. References are found by the one definition of their syntax (<see cref="ParameterReferences"/>);
/// names match case-insensitively.
/// </summary>
public static class ParameterSubstitution
{
    public static SubstitutedText Apply(string text, IReadOnlyList<ResolvedParameter> parameters, ReferenceContext context = ReferenceContext.Text)
    {
        var byName = parameters.GroupBy(p => p.Name, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
        var runTime = new List<string>();
        var unresolved = new List<string>();
        var result = ParameterReferences.Replace(text, name =>
        {
            if (!byName.TryGetValue(name, out var parameter) || parameter.Value is null)
            {
                unresolved.Add(name);
                return null;
            }

            if (parameter.IsRunTime)
            {
                runTime.Add(parameter.Name);
                return null;
            }

            return parameter.Value;
        }, context);
        return new SubstitutedText(
            result,
            runTime.Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
            unresolved.Distinct(StringComparer.OrdinalIgnoreCase).ToList());
    }
}
