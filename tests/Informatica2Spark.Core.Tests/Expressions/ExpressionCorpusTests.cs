using Informatica2Spark.Core.Diagnostics;
using Informatica2Spark.Core.Expressions.Binding;
using Informatica2Spark.Core.Expressions.Functions;
using Informatica2Spark.Core.Expressions.Translation;
using Informatica2Spark.Core.Mappings;
using Informatica2Spark.Core.Parsing;
using Informatica2Spark.Testing;
using Xunit;

namespace Informatica2Spark.Core.Tests.Expressions;

/// <summary>
/// Every expression of every transformation of the real corpus: it parses, and it binds or yields a located
/// diagnostic; nothing throws. The counts (parsed, bound, translated, unsupported functions by name) and every
/// expression that is not translated, with its place and reason, are kept as a snapshot so regressions show.
/// </summary>
public sealed class ExpressionCorpusTests
{
    [CorpusFact]
    public void Every_corpus_expression_parses_and_binds_or_is_reported_with_its_location()
    {
        int sites = 0, parsed = 0, bound = 0, translated = 0, approximate = 0;
        var kinds = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var unsupported = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var codes = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var reported = new List<string>();
        foreach (var file in RepositoryPaths.CorpusExports)
        {
            using var stream = File.OpenRead(file);
            var document = ExportReader.ReadDocument(stream, Path.GetFileName(file)).Document!;
            foreach (var folder in document.Folders)
            {
                var all = folder.Mappings.SelectMany(m => ExpressionSites.Of(folder, m)).Concat(folder.Mapplets.SelectMany(m => ExpressionSites.Of(folder, m)));
                foreach (var site in all)
                {
                    sites++;
                    kinds[site.Kind.ToString()] = kinds.GetValueOrDefault(site.Kind.ToString()) + 1;
                    var settings = ExpressionSettings.Default with { AllowAggregates = site.AllowsAggregates };
                    var translation = ExpressionTranslator.Translate(site.Text, site.Scope, settings, site.Role);
                    var syntax = translation.Problems.Any(p => p.Code == DiagnosticCodes.ExpressionSyntax);
                    parsed += syntax ? 0 : 1;
                    bound += syntax || translation.Problems.Any(p => p.Code == DiagnosticCodes.ExpressionUnknownName || p.Code == DiagnosticCodes.ExpressionTypeMismatch || p.Code == DiagnosticCodes.ExpressionArguments) ? 0 : 1;
                    translated += translation.IsTranslated ? 1 : 0;
                    approximate += translation.Verdict == Verdict.Approximate ? 1 : 0;
                    foreach (var use in translation.Functions.Where(f => f.Verdict == Verdict.Unsupported))
                    {
                        unsupported[use.Name] = unsupported.GetValueOrDefault(use.Name) + 1;
                    }

                    var location = new SourceLocation(Path.GetFileName(file), site.Position.Line, site.Position.Column, site.ObjectPath);
                    foreach (var diagnostic in translation.Diagnostics(location))
                    {
                        codes[diagnostic.Code] = codes.GetValueOrDefault(diagnostic.Code) + 1;
                        Assert.False(string.IsNullOrEmpty(diagnostic.Location.ObjectPath), diagnostic.ToString());
                        Assert.Contains("of the expression)", diagnostic.Message, StringComparison.Ordinal);
                        if (diagnostic.Severity == Severity.Error)
                        {
                            reported.Add(diagnostic.ToString());
                        }
                    }

                    Assert.True(translation.IsTranslated || translation.Problems.Any(p => p.Code.DefaultSeverity == Severity.Error), $"{site.ObjectPath}: not translated and nothing says why");
                }
            }
        }

        Assert.Equal(sites, parsed);
        var text = new System.Text.StringBuilder();
        text.Append($"expressions: {sites}\nparsed: {parsed}\nbound: {bound}\ntranslated: {translated}\napproximate: {approximate}\n");
        text.Append("by kind:\n").Append(string.Concat(kinds.Select(k => $"  {k.Key}: {k.Value}\n")));
        text.Append("unsupported functions:\n").Append(string.Concat(unsupported.Select(k => $"  {k.Key}: {k.Value}\n")));
        text.Append("diagnostics:\n").Append(string.Concat(codes.Select(k => $"  {k.Key}: {k.Value}\n")));
        text.Append("not translated:\n").Append(string.Concat(reported.Order(StringComparer.Ordinal).Select(r => $"  {r}\n")));
        Snapshot.Verify(text.ToString(), "txt");
    }
}
