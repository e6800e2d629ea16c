using System;
using System.Globalization;

namespace Informatica2Spark.Runtime;

/// <summary>The value kinds of mapping and workflow variables.</summary>
public enum VariableDataType
{
    /// <summary>string, nstring, char, text...: a <see cref="string"/>; default empty.</summary>
    String,

    /// <summary>integer, small integer, bigint: a <see cref="long"/>; default 0.</summary>
    Integer,

    /// <summary>decimal, double, real, numeric: a <see cref="decimal"/>; default 0.</summary>
    Decimal,

    /// <summary>date/time: a <see cref="DateTime"/>; default 1/1/1753.</summary>
    Date,
}

/// <summary>Whose variable it is: a session's mapping, or the workflow (persistent workflow variables).</summary>
public enum VariableScope
{
    Mapping,
    Workflow,
}

/// <summary>Where a variable's start value came from, highest precedence first.</summary>
public enum VariableOrigin
{
    ParameterFile,
    PreSessionAssignment,
    SavedByLastSuccessfulRun,
    InitialValue,
    DatatypeDefault,
}

/// <summary>
/// A mapping variable (<c>MAPPINGVARIABLE</c> with ISPARAM NO) or a persistent workflow variable: name with its
/// <c>$$</c>, kind, initial value as written in the export (null when none) and scope. How a run changes it is
/// decided by the function the mapping calls (SETVARIABLE, SETMAXVARIABLE, SETMINVARIABLE, SETCOUNTVARIABLE).
/// </summary>
public sealed record VariableDeclaration(
    string Name,
    VariableDataType DataType,
    string? InitialValue = null,
    VariableScope Scope = VariableScope.Mapping)
{
    /// <summary>The kind of a PowerCenter datatype name (<c>date/time</c>, <c>integer</c>, <c>decimal</c>, <c>string</c>...).</summary>
    public static VariableDataType DataTypeOf(string powerCenterType)
    {
        var type = powerCenterType.Trim().ToLowerInvariant();
        if (type.Contains("date", StringComparison.Ordinal) || type.Contains("time", StringComparison.Ordinal))
        {
            return VariableDataType.Date;
        }

        return type switch
        {
            "integer" or "small integer" or "smallint" or "bigint" => VariableDataType.Integer,
            "decimal" or "double" or "real" or "numeric" or "number" or "float" => VariableDataType.Decimal,
            _ => VariableDataType.String,
        };
    }

    internal Type ClrType => DataType switch
    {
        VariableDataType.Integer => typeof(long),
        VariableDataType.Decimal => typeof(decimal),
        VariableDataType.Date => typeof(DateTime),
        _ => typeof(string),
    };

    internal object DatatypeDefault => DataType switch
    {
        VariableDataType.Integer => 0L,
        VariableDataType.Decimal => 0m,
        VariableDataType.Date => new DateTime(1753, 1, 1, 0, 0, 0, DateTimeKind.Unspecified),
        _ => string.Empty,
    };

    internal static string Key(string name) => (name.StartsWith("$$", StringComparison.Ordinal) ? name[2..] : name).ToUpperInvariant();

    /// <summary>A value given as text (parameter file, initial value) or as any CLR value, as this variable's kind.</summary>
    internal object? Coerce(object? value)
    {
        try
        {
            return value switch
            {
                null => null,
                string text when DataType != VariableDataType.String => Parse(text),
                DateTimeOffset offset when DataType == VariableDataType.Date => offset.UtcDateTime,
                _ when value.GetType() == ClrType => value,
                _ => Convert.ChangeType(value, ClrType, CultureInfo.InvariantCulture),
            };
        }
        catch (Exception error) when (error is FormatException or InvalidCastException or OverflowException)
        {
            throw new RunStateException($"{Name}: '{Convert.ToString(value, CultureInfo.InvariantCulture)}' is not a valid {DataType.ToString().ToLowerInvariant()} value");
        }
    }

    private static readonly string[] DateFormats =
    [
        "M/d/yyyy", "M/d/yyyy H:mm:ss", "M/d/yyyy H:mm:ss.FFFFFFF", "MM/dd/yyyy HH:mm:ss.FFFFFFF", "yyyy-MM-dd",
        "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm:ss.FFFFFFF", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF",
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK",
    ];

    private object? Parse(string text)
    {
        var value = text.Trim();
        if (value.Length == 0)
        {
            return null;
        }

        return DataType switch
        {
            VariableDataType.Integer => decimal.ToInt64(decimal.Parse(value, NumberStyles.Float, CultureInfo.InvariantCulture)),
            VariableDataType.Decimal => decimal.Parse(value, NumberStyles.Float, CultureInfo.InvariantCulture),
            _ => DateTime.ParseExact(value, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal),
        };
    }
}
