using Informatica2Spark.Core.Expressions.Binding;
using Informatica2Spark.Core.Expressions.Sql;
using Informatica2Spark.Core.Expressions.Translation;
using Informatica2Spark.Core.Expressions.Types;

namespace Informatica2Spark.Core.Expressions.Functions;

/// <summary>
/// How faithfully a function (or one use of it) is translated: <see cref="Exact"/> has PowerCenter's semantics,
/// NULLs included; <see cref="Approximate"/> is translated with a difference stated in one sentence that reaches
/// the report; <see cref="Unsupported"/> is not translated: reported, and the load that needs it is refused.
/// </summary>
public enum Verdict
{
    Exact,
    Approximate,
    Unsupported,
}

/// <summary>The function groups of the TLR's Functions chapter.</summary>
public enum FunctionCategory
{
    Aggregate,
    Character,
    Conversion,
    Date,
    Encoding,
    Numeric,
    Scientific,
    Special,
    Test,
    Variable,
}

/// <summary>
/// One function of the transformation language: its arity, how its arguments and result are typed (binding), and
/// its translation to Spark SQL with a verdict. Each function, or each family of functions that share one shape,
/// is one file; the <see cref="FunctionRegistry"/> finds them by reflection and indexes them by name, so adding a
/// function is adding a file.
/// </summary>
public abstract class ExpressionFunction
{
    /// <summary>The name in upper case, as the TLR writes it.</summary>
    public abstract string Name { get; }

    public abstract FunctionCategory Category { get; }

    /// <summary>The call as the TLR writes it, optional arguments in brackets: <c>SUBSTR(string, start [, length])</c>.</summary>
    public abstract string Syntax { get; }

    public abstract int MinArguments { get; }

    /// <summary>The most arguments accepted; <see cref="int.MaxValue"/> when any number is.</summary>
    public abstract int MaxArguments { get; }

    /// <summary>The verdict of the function in general; one use may be worse (a format token with no Spark pattern).</summary>
    public virtual Verdict Verdict => Verdict.Exact;

    /// <summary>For approximate and unsupported functions: the difference from PowerCenter in one sentence.</summary>
    public virtual string? Difference => null;

    /// <summary>
    /// The uses whose verdict is worse than <see cref="Verdict"/> (a format token with no Spark form, a pattern read
    /// at run time, an older Spark), in one sentence; null when every use has the function's verdict.
    /// </summary>
    public virtual string? Limits => null;

    /// <summary>The documentation page the semantics follow (TLR: Transformation Language Reference, PowerCenter 10.x).</summary>
    public virtual string Source => $"TLR Functions > {Name}";

    /// <summary>An aggregate function: allowed only where rows are grouped (Aggregator, Rank).</summary>
    public virtual bool IsAggregate => false;

    /// <summary>
    /// Whether every argument is evaluated for every row. Functions that choose among their arguments (IIF,
    /// DECODE, CHOOSE) return false and compose their arguments' row errors themselves, so an error in a branch
    /// not taken does not count.
    /// </summary>
    public virtual bool EvaluatesAllArguments => true;

    /// <summary>Checks the arguments' types and returns the result type; problems are reported through <paramref name="call"/>.</summary>
    public abstract PcType Bind(CallBinding call);

    /// <summary>The Spark SQL of a bound call, in the vocabulary of <see cref="SqlExpr"/>.</summary>
    public abstract SqlExpr Translate(CallTranslation call);
}

/// <summary>A source of several functions that share one shape (the trigonometric functions, say); found like functions.</summary>
public interface IFunctionFamily
{
    IEnumerable<ExpressionFunction> Functions { get; }
}
