using System.Text;
using System.Text.RegularExpressions;

namespace Informatica2Spark.Core.Parameters;

/// <summary>
/// A text after substitution: constants replaced, run-time values and unresolved names left in place as written and
/// listed, so the generated job can bind run-time values per run and the report can name what is missing.
/// </summary>
public sealed record SubstitutedText(string Text, IReadOnlyList<string> RunTime, IReadOnlyList<string> Unresolved);

/// <summary>
/// Substitutes resolved parameters into SQL overrides, filters, file names, connection variables and expressions,
/// in one pass: a substituted value is never scanned again, so a value mentioning another parameter stays literal,
/// as in PowerCenter. Names match case-insensitively; the longest name wins (<c>$$DATE_TO</c> before <c>$$DATE</c>).
/// </summary>
public static partial class ParameterSubstitution
{
    public static SubstitutedText Apply(string text, IReadOnlyList<ResolvedParameter> parameters)
    {
        var byName = parameters.GroupBy(p => p.Name, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
        var runTime = new List<string>();
        var unresolved = new List<string>();
        var result = new StringBuilder(text.Length);
        var last = 0;
        foreach (Match match in Reference().Matches(text))
        {
            result.Append(text, last, match.Index - last);
            last = match.Index + match.Length;
            if (!byName.TryGetValue(match.Value, out var parameter) || parameter.Value is null)
            {
                unresolved.Add(match.Value);
                result.Append(match.Value);
            }
            else if (parameter.IsRunTime)
            {
                runTime.Add(parameter.Name);
                result.Append(match.Value);
            }
            else
            {
                result.Append(parameter.Value);
            }
        }

        result.Append(text, last, text.Length - last);
        return new SubstitutedText(
            result.ToString(),
            runTime.Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
            unresolved.Distinct(StringComparer.OrdinalIgnoreCase).ToList());
    }

    [GeneratedRegex(@"(?<!\$)\${1,3}[A-Za-z_][A-Za-z0-9_]*")]
    private static partial Regex Reference();
}
