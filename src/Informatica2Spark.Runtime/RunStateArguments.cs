using System;
using System.Collections.Generic;

namespace Informatica2Spark.Runtime;

/// <summary>
/// The run-state options of a driver's command line: <c>--resume SESSION_ID</c>, <c>--persist on|failed|off</c> and
/// <c>--orchestration-run-id ID</c> (which wins over the <see cref="OrchestrationRunIdVariable"/> environment variable).
/// </summary>
public static class RunStateArguments
{
    /// <summary>The argument giving the orchestrator's run id.</summary>
    public const string OrchestrationRunIdOption = "--orchestration-run-id";

    /// <summary>The environment variable giving the orchestrator's run id when the argument is absent.</summary>
    public const string OrchestrationRunIdVariable = "I2S_ORCHESTRATION_RUN_ID";

    /// <summary>The run-state arguments a driver passes on: each takes one value.</summary>
    public static IReadOnlyList<string> Options { get; } = ["--resume", "--persist", OrchestrationRunIdOption];

    /// <summary>Applies the run-state arguments found in <paramref name="args"/>; other arguments are left to the driver.</summary>
    public static RunStateOptions Apply(RunStateOptions options, IReadOnlyList<string> args)
    {
        var result = options;
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--resume":
                    var session = Value(args, ++i, "--resume", "SESSION_ID");
                    if (!string.Equals(session, options.SessionId, StringComparison.Ordinal))
                    {
                        throw new RunStateException($"--resume names session {session}, but this driver runs session {options.SessionId}");
                    }

                    result = result with { Resume = true };
                    break;
                case "--persist":
                    var text = Value(args, ++i, "--persist", "on|failed|off");
                    result = result with
                    {
                        PersistPolicy = PersistPolicies.Parse(text) ?? throw new RunStateException($"--persist {text}: expected on, failed or off"),
                    };
                    break;
                case OrchestrationRunIdOption:
                    var id = Value(args, ++i, OrchestrationRunIdOption, "ID");
                    result = result with
                    {
                        OrchestrationRunId = string.IsNullOrWhiteSpace(id) ? throw new RunStateException($"{OrchestrationRunIdOption} needs a value: {OrchestrationRunIdOption} ID") : id,
                    };
                    break;
            }
        }

        return result;
    }

    private static string Value(IReadOnlyList<string> args, int index, string option, string expected) =>
        index < args.Count ? args[index] : throw new RunStateException($"{option} needs a value: {option} {expected}");
}
