using System;
using System.Collections.Generic;
using System.Linq;

namespace Informatica2Spark.Runtime;

/// <summary>
/// Start values by PowerCenter's precedence: parameter file, pre-session assignment, value saved by the last
/// successful run, initial value, datatype default.
/// </summary>
internal static class VariableStarts
{
    public static VariableSet Resolve(RunStateOptions options, IReadOnlyList<StoredValue> saved)
    {
        var parameterFile = ByKey(options.ParameterFileValues);
        var preSession = ByKey(options.PreSessionAssignments);
        var savedByKey = saved
            .GroupBy(s => (s.Scope, Key: VariableDeclaration.Key(s.Name)))
            .ToDictionary(g => g.Key, g => g.OrderByDescending(s => s.UpdatedAt).First());

        return new VariableSet(options.Variables.Select(declaration =>
        {
            var key = VariableDeclaration.Key(declaration.Name);
            if (parameterFile.TryGetValue(key, out var fromFile))
            {
                return new VariableSet.Entry(declaration, declaration.Coerce(fromFile), VariableOrigin.ParameterFile);
            }

            if (preSession.TryGetValue(key, out var assigned))
            {
                return new VariableSet.Entry(declaration, declaration.Coerce(assigned), VariableOrigin.PreSessionAssignment);
            }

            if (savedByKey.TryGetValue((declaration.Scope, key), out var stored))
            {
                var value = options.Convertors.Get(stored.Convertor).Read(stored.Value, declaration.ClrType);
                return new VariableSet.Entry(declaration, declaration.Coerce(value), VariableOrigin.SavedByLastSuccessfulRun);
            }

            return declaration.InitialValue is { Length: > 0 } initial
                ? new VariableSet.Entry(declaration, declaration.Coerce(initial), VariableOrigin.InitialValue)
                : new VariableSet.Entry(declaration, declaration.DatatypeDefault, VariableOrigin.DatatypeDefault);
        }));
    }

    /// <summary>The values to save when the run succeeds, each written by the default convertor.</summary>
    public static IReadOnlyList<StoredValue> Final(VariableSet variables, RunStateOptions options, string runId, DateTime now)
    {
        var convertor = options.Convertors.Default;
        return variables.Snapshot()
            .Select(e => new StoredValue(
                options.OwnerOf(e.Declaration.Scope), e.Declaration.Scope, e.Declaration.Name,
                convertor.Write(e.Current, e.Declaration.ClrType), convertor.Name, runId, now))
            .ToList();
    }

    private static Dictionary<string, string> ByKey(IReadOnlyDictionary<string, string> values)
    {
        var byKey = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, value) in values)
        {
            byKey[VariableDeclaration.Key(name)] = value;
        }

        return byKey;
    }
}
