namespace Informatica2Spark.Core.Rules;

/// <summary>
/// One rule of a stage (a validation rule, an optimizer rule): a name that reports cite, and what it finds or decides
/// for one input. Each rule lives in its own file; a <see cref="RuleSet{TInput, TResult}"/> fixes their order.
/// </summary>
public interface IRule<in TInput, out TResult>
{
    /// <summary>A stable name, shown beside every result the rule produces (for example <c>CommitIntervalPositive</c>).</summary>
    string Name { get; }

    IEnumerable<TResult> Apply(TInput input);
}
