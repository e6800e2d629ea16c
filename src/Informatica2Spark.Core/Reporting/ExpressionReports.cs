using System.Text;
using Informatica2Spark.Core.Diagnostics;
using Informatica2Spark.Core.Emit;
using Informatica2Spark.Core.Expressions.Syntax;
using Informatica2Spark.Core.Expressions.Translation;

namespace Informatica2Spark.Core.Reporting;

/// <summary>The report of <c>i2s translate-expression</c>, as text or JSON.</summary>
public static class ExpressionReports
{
    /// <summary>The problems of a standalone expression as diagnostics (no file: the expression was given on its own).</summary>
    public static IReadOnlyList<Diagnostic> Diagnostics(ExpressionResult result) =>
        result.Translation.Diagnostics(SourceLocation.None);

    public static string Text(ExpressionResult result)
    {
        var translation = result.Translation;
        var text = new StringBuilder();
        text.Append("expression: ").Append(Visible(OneLine(translation.Text))).Append('\n');
        text.Append("spark sql:  ").Append(Visible(translation.Sql ?? "(not translated)")).Append('\n');
        if (translation.ErrorSql is { } error)
        {
            text.Append("row error:  ").Append(Visible(error)).Append('\n');
        }

        if (translation.RunTimeValues.Count > 0)
        {
            text.Append("run-time values: ").AppendJoin(", ", translation.RunTimeValues.Select(v => $"{v.Name} as {v.Marker} ({v.Type})")).Append('\n');
            if (result.BoundSql is { } bound)
            {
                text.Append("bound sql:  ").Append(Visible(bound)).Append('\n');
            }
        }

        text.Append("type:       ").Append(translation.Type).Append('\n');
        text.Append("verdict:    ").Append(translation.Verdict.ToString().ToLowerInvariant()).Append('\n');
        foreach (var use in translation.Functions.DistinctBy(f => (f.Name, f.Verdict, f.Note)))
        {
            text.Append($"function:   {use.Name} {use.Verdict.ToString().ToLowerInvariant()}");
            text.Append(use.Note is { } note ? ": " + note : string.Empty).Append('\n');
        }

        foreach (var update in translation.VariableUpdates)
        {
            text.Append($"variable:   {update.Name} {update.Aggregation.ToString().ToLowerInvariant()} of {Render(update)}\n");
        }

        foreach (var diagnostic in Diagnostics(result))
        {
            text.Append(Visible(diagnostic.ToString())).Append('\n');
        }

        foreach (var problem in result.BindingProblems)
        {
            text.Append("value: ").Append(problem).Append('\n');
        }

        return text.ToString();
    }

    public static string Json(ExpressionResult result)
    {
        var translation = result.Translation;
        return JsonOutput.Serialize(new
        {
            expression = translation.Text,
            sql = translation.Sql,
            errorSql = translation.ErrorSql,
            boundSql = result.BoundSql,
            type = translation.Type.ToString(),
            verdict = translation.Verdict,
            functions = translation.Functions.Select(f => new { name = f.Name, verdict = f.Verdict, note = f.Note, position = Position(translation.Text, f.Span) }),
            runTimeValues = translation.RunTimeValues.Select(v => new { name = v.Name, marker = v.Marker, type = v.Type.ToString() }),
            variableUpdates = translation.VariableUpdates.Select(u => new { name = u.Name, aggregation = u.Aggregation, value = Render(u) }),
            diagnostics = translation.Problems.Select(p => new
            {
                code = p.Code.Code,
                severity = Diagnostic.SeverityText(p.Code.DefaultSeverity),
                message = p.Message,
                line = ExpressionPosition.Of(translation.Text, p.Span.Start).Line,
                column = ExpressionPosition.Of(translation.Text, p.Span.Start).Column,
            }),
            valueProblems = result.BindingProblems,
        });
    }

    private static string Render(VariableUpdate update) => Expressions.Sql.SparkDialect.Instance.Render(update.Value);

    private static string Position(string text, TextSpan span) => ExpressionPosition.Of(text, span.Start).ToString();

    /// <summary>Control characters written as <c>\u0007</c>, so a report line never drives a terminal.</summary>
    private static string Visible(string text) =>
        text.Any(char.IsControl) ? string.Concat(text.Select(c => char.IsControl(c) ? $"\\u{(int)c:x4}" : c.ToString())) : text;

    private static string OneLine(string text) => string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries).Select(l => l.Trim()));
}
