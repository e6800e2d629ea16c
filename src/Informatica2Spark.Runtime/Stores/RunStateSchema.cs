using System;
using System.Collections.Generic;
using System.IO;

namespace Informatica2Spark.Runtime;

/// <summary>The DDL of each store, kept as templates/state/{store}.sql and embedded in this library.</summary>
public static class RunStateSchema
{
    /// <summary>The tables every relational store holds.</summary>
    public static IReadOnlyList<string> Tables { get; } = ["i2s_session", "i2s_run", "i2s_step", "i2s_global", "i2s_history", "i2s_task"];

    /// <summary>The DDL of <c>sqlite</c> or <c>postgres</c>, LF line endings.</summary>
    public static string Ddl(string store)
    {
        var name = "Informatica2Spark.Runtime.State." + store + ".sql";
        using var stream = typeof(RunStateSchema).Assembly.GetManifestResourceStream(name)
            ?? throw new RunStateException($"no DDL for store '{store}': expected sqlite or postgres");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Replace("\r\n", "\n", StringComparison.Ordinal);
    }
}
