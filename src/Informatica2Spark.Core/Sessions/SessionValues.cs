using System.Globalization;

namespace Informatica2Spark.Core.Sessions;

/// <summary>
/// A memory size as sessions write it: <c>Auto</c>, a byte count (<c>12000000</c>) or a number with a KB, MB or GB
/// suffix (<c>512MB</c>). Text that is none of these is kept and marked invalid.
/// </summary>
public readonly record struct MemorySize(bool IsAuto, long? Bytes, string Text)
{
    public static MemorySize Unset { get; } = new(false, null, string.Empty);

    public bool IsValid => IsAuto || Bytes is not null || Text.Length == 0;

    public static MemorySize Parse(string? text)
    {
        var value = (text ?? string.Empty).Trim();
        if (value.Length == 0)
        {
            return Unset;
        }

        if (value.Equals("Auto", StringComparison.OrdinalIgnoreCase))
        {
            return new MemorySize(true, null, value);
        }

        var (digits, factor) = value.ToUpperInvariant() switch
        {
            var v when v.EndsWith("GB", StringComparison.Ordinal) => (v[..^2], 1L << 30),
            var v when v.EndsWith("MB", StringComparison.Ordinal) => (v[..^2], 1L << 20),
            var v when v.EndsWith("KB", StringComparison.Ordinal) => (v[..^2], 1L << 10),
            var v => (v, 1L),
        };
        return long.TryParse(digits.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number <= long.MaxValue / factor
            ? new MemorySize(false, number * factor, value)
            : new MemorySize(false, null, value);
    }

    public override string ToString() => Text;
}

/// <summary>An enumerated setting: the typed value and the text as the export wrote it (kept for reports).</summary>
public readonly record struct Choice<T>(T Value, string Text)
    where T : struct, Enum
{
    public override string ToString() => Text;
}

/// <summary>Parses PowerCenter setting texts into enums, falling back to the enum's <c>Other</c> member.</summary>
internal static class Choices
{
    public static Choice<T> Of<T>(string? text, T whenAbsent, params (string Text, T Value)[] known)
        where T : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return new Choice<T>(whenAbsent, string.Empty);
        }

        foreach (var (candidate, value) in known)
        {
            if (string.Equals(candidate, text.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return new Choice<T>(value, text);
            }
        }

        return new Choice<T>(Enum.Parse<T>("Other"), text);
    }
}

public enum TreatSourceRowsAs { Insert, Update, Delete, DataDriven, Other }

public enum CommitType { Target, Source, UserDefined, Other }

public enum RecoveryStrategy { FailTaskAndContinueWorkflow, RestartTask, ResumeFromLastCheckpoint, Other }

public enum PushdownOptimization { None, ToSource, ToTarget, Full, Parameter, Other }

public enum TracingLevel { None, Terse, Normal, VerboseInitialization, VerboseData, Other }

public enum TargetLoadType { Normal, Bulk, Other }

public enum PartitionType { PassThrough, RoundRobin, HashAutoKeys, HashUserKeys, KeyRange, Database, Other }

public enum SourceFileType { Direct, Indirect, Other }

public enum ErrorAction { Stop, Continue, Other }

/// <summary>One <c>name=value</c> pair of the config's Custom Properties.</summary>
public sealed record CustomProperty(string Name, string Value)
{
    public static IReadOnlyList<CustomProperty> Parse(string? text) =>
        (text ?? string.Empty).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => p.Split('=', 2))
            .Select(p => new CustomProperty(p[0].Trim(), p.Length > 1 ? p[1].Trim() : string.Empty))
            .ToList();
}
