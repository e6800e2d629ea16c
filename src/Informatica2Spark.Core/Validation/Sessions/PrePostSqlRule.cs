using Informatica2Spark.Core.Diagnostics;
using Informatica2Spark.Core.Rules;

namespace Informatica2Spark.Core.Validation.Sessions;

/// <summary>Pre- and post-SQL of sources and targets run in the database around the load; Spark's JDBC source and writer do not run them.</summary>
internal sealed class PrePostSqlRule : IRule<SessionInput, Diagnostic>
{
    public string Name => "PrePostSql";

    public IEnumerable<Diagnostic> Apply(SessionInput input)
    {
        var statements = input.Config.Sources.SelectMany(s => Of(s.InstanceName, s.PreSql, s.PostSql))
            .Concat(input.Config.Targets.SelectMany(t => Of(t.InstanceName, t.PreSql, t.PostSql)));
        foreach (var (instance, when) in statements)
        {
            yield return DiagnosticCodes.PrePostSqlNotRun.Create(
                $"{instance}: {when} SQL is not run by the generated job; approximation: none: run it in the database before or after the job, or add it to the driver",
                SessionRuleLocations.Instance(input, instance));
        }
    }

    private static IEnumerable<(string Instance, string When)> Of(string instance, string? pre, string? post)
    {
        if (pre is { Length: > 0 })
        {
            yield return (instance, "pre");
        }

        if (post is { Length: > 0 })
        {
            yield return (instance, "post");
        }
    }
}
