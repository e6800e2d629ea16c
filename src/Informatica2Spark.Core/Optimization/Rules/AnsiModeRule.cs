using Informatica2Spark.Core.Rules;

namespace Informatica2Spark.Core.Optimization.Rules;

/// <summary>
/// Translated expressions assume Spark's non-ANSI semantics (Spark SQL: ANSI Compliance): a cast or parse that fails
/// gives NULL, which the translation turns into PowerCenter's row errors and defaults, and integer arithmetic does not
/// raise. Spark 4.0 turns ANSI mode on by default, so the setting is written for every version. Variable
/// substitution is turned off: translated text holds data values, never Spark variables.
/// </summary>
internal sealed class AnsiModeRule : IRule<OptimizerInput, ConfSetting>
{
    public string Name => "ExpressionSemantics";

    public IEnumerable<ConfSetting> Apply(OptimizerInput input)
    {
        yield return new ConfSetting("spark.sql.ansi.enabled", "false", Name,
            "translated PowerCenter expressions assume non-ANSI semantics: a failed conversion gives NULL and is handled as PowerCenter handles it (row error or default); Spark 4.0 enables ANSI mode by default");
        yield return new ConfSetting("spark.sql.variable.substitute", "false", Name,
            "translated SQL carries data values (constants, parameter values); Spark must not expand ${...} in them, which would read environment variables and system properties into the data");
    }
}
