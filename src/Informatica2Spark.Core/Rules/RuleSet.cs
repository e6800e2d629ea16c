namespace Informatica2Spark.Core.Rules;

/// <summary>An ordered list of rules: results come rule by rule, in the order the set lists them.</summary>
public sealed class RuleSet<TInput, TResult>(IReadOnlyList<IRule<TInput, TResult>> rules)
{
    public IReadOnlyList<IRule<TInput, TResult>> Rules { get; } = rules;

    public IReadOnlyList<TResult> Apply(TInput input) => [.. Rules.SelectMany(rule => rule.Apply(input))];
}
