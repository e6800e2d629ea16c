using System.Text;
using Informatica2Spark.Core.Emit;
using Informatica2Spark.Core.Expressions.Functions;

namespace Informatica2Spark.Core.Reporting;

/// <summary>The functions of the transformation language i2s knows, with their verdicts: <c>i2s functions</c> and docs/expressions.md.</summary>
public static class FunctionReports
{
    /// <summary>One line per function: name, category, verdict, and the difference when not exact.</summary>
    public static string Text(IEnumerable<ExpressionFunction> functions)
    {
        var text = new StringBuilder();
        foreach (var function in functions)
        {
            text.Append($"{function.Name,-18} {function.Category.ToString().ToLowerInvariant(),-11} {Verdict(function),-12}");
            text.Append(Notes(function)).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>A Markdown table grouped by category: function, syntax, verdict, difference, source.</summary>
    public static string Markdown(IEnumerable<ExpressionFunction> functions)
    {
        var text = new StringBuilder();
        foreach (var group in functions.GroupBy(f => f.Category).OrderBy(g => g.Key))
        {
            text.Append($"### {group.Key}\n\n| function | syntax | verdict | difference from PowerCenter; uses with another verdict | semantics from |\n|---|---|---|---|---|\n");
            foreach (var function in group.OrderBy(f => f.Name, StringComparer.Ordinal))
            {
                text.Append($"| {function.Name} | `{Cell(function.Syntax)}` | {Verdict(function)} | {Cell(Notes(function))} | {Cell(function.Source)} |\n");
            }

            text.Append('\n');
        }

        return text.ToString();
    }

    public static string Json(IEnumerable<ExpressionFunction> functions) =>
        JsonOutput.Serialize(functions.Select(f => new
        {
            name = f.Name,
            category = f.Category,
            syntax = f.Syntax,
            verdict = f.Verdict,
            difference = f.Difference,
            limits = f.Limits,
            source = f.Source,
            aggregate = f.IsAggregate,
        }));

    /// <summary>The difference, then the uses with another verdict.</summary>
    private static string Notes(ExpressionFunction function) =>
        string.Join("; ", new[] { function.Difference, function.Limits is { } limits ? "some uses: " + limits : null }.OfType<string>());

    private static string Verdict(ExpressionFunction function) => function.Verdict.ToString().ToLowerInvariant();

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
