using System;
using System.Collections.Generic;
using System.Linq;

namespace Informatica2Spark.Runtime;

/// <summary>A driver's own arguments: <c>--job FILE</c> and <c>--param NAME=VALUE</c>; the run-state ones (<see cref="RunStateArguments.Options"/>) go to the run state.</summary>
public static class JobArguments
{
    public static (string? JobFile, IReadOnlyDictionary<string, string> Parameters, IReadOnlyList<string> RunState) Parse(IReadOnlyList<string> args)
    {
        string? job = null;
        var parameters = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var rest = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--job":
                    job = Value(args, ++i, "--job FILE");
                    break;
                case "--param":
                    var pair = Value(args, ++i, "--param NAME=VALUE");
                    var equals = pair.IndexOf('=', StringComparison.Ordinal);
                    if (equals <= 0 || !pair.StartsWith("$", StringComparison.Ordinal))
                    {
                        throw new JobStartException($"--param {pair}: expected NAME=VALUE with a $ or $$ name", JobRun.ExitUsage);
                    }

                    parameters[pair[..equals].Trim()] = pair[(equals + 1)..];
                    break;
                case var option when RunStateArguments.Options.Contains(option):
                    rest.Add(args[i]);
                    rest.Add(Value(args, ++i, args[i - 1] + " VALUE"));
                    break;
                default:
                    throw new JobStartException($"unknown argument '{args[i]}': the driver takes --job FILE, --param NAME=VALUE, --resume SESSION_ID, --persist on|failed|off and --orchestration-run-id ID", JobRun.ExitUsage);
            }
        }

        return (job, parameters, rest);
    }

    private static string Value(IReadOnlyList<string> args, int index, string usage) =>
        index < args.Count ? args[index] : throw new JobStartException($"{usage}: the value is missing", JobRun.ExitUsage);
}
