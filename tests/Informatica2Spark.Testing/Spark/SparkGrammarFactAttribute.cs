using Xunit;

namespace Informatica2Spark.Testing.Spark;

/// <summary>
/// A fact that checks Spark SQL text with <see cref="SparkSqlGrammar"/>, which needs Node.js and npm. Skipped with a
/// clear message when they are missing on a developer machine; under CI (<c>CI=true</c>) missing tools are a failure,
/// not a skip.
/// </summary>
public sealed class SparkGrammarFactAttribute : FactAttribute
{
    /// <summary>Skips the fact when the grammar check cannot run here and CI does not require it.</summary>
    public SparkGrammarFactAttribute()
    {
        if (!SparkSqlGrammar.RequiredByCi && SparkSqlGrammar.SkipReason is { } reason)
        {
            Skip = reason;
        }
    }
}

/// <summary>
/// A theory that checks Spark SQL text with <see cref="SparkSqlGrammar"/>, which needs Node.js and npm. Skipped with a
/// clear message when they are missing on a developer machine; under CI (<c>CI=true</c>) missing tools are a failure,
/// not a skip.
/// </summary>
public sealed class SparkGrammarTheoryAttribute : TheoryAttribute
{
    /// <summary>Skips the theory when the grammar check cannot run here and CI does not require it.</summary>
    public SparkGrammarTheoryAttribute()
    {
        if (!SparkSqlGrammar.RequiredByCi && SparkSqlGrammar.SkipReason is { } reason)
        {
            Skip = reason;
        }
    }
}
