using System;
using System.Globalization;

namespace Informatica2Spark.Syntax;

/// <summary>The kinds of value a run-time parameter of translated SQL holds (PowerCenter's transformation datatypes).</summary>
public enum RunTimeValueKind
{
    String,
    Integer,
    BigInt,
    Decimal,
    Double,
    DateTime,
}

/// <summary>
/// A parameter's value, given as text (a parameter file, <c>--param</c>, job.yaml), read as its kind: numbers in
/// invariant form, dates in the parameter-file formats (<see cref="ParameterDates"/>). An empty value of a
/// non-string kind is NULL, as PowerCenter reads a blank value. The one reader of such values, used by i2s at
/// conversion and by generated drivers when they bind values into translated SQL.
/// </summary>
public static class RunTimeValues
{
    /// <summary>The value (null for NULL: a string, long, decimal, double or DateTime), or false with the reason.</summary>
    public static bool TryParse(RunTimeValueKind kind, string? text, int currentYear, out object? value, out string? problem)
    {
        value = null;
        problem = null;
        if (text is null || (text.Length == 0 && kind != RunTimeValueKind.String))
        {
            return true;
        }

        var trimmed = text.Trim();
        switch (kind)
        {
            case RunTimeValueKind.Integer or RunTimeValueKind.BigInt:
                if (long.TryParse(trimmed, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole)
                    && (kind == RunTimeValueKind.BigInt || whole is >= int.MinValue and <= int.MaxValue))
                {
                    value = whole;
                    return true;
                }

                problem = $"'{text}' is not {(kind == RunTimeValueKind.BigInt ? "a bigint" : "an integer")}";
                return false;
            case RunTimeValueKind.Decimal:
                if (decimal.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
                {
                    value = number;
                    return true;
                }

                problem = $"'{text}' is not a decimal number";
                return false;
            case RunTimeValueKind.Double:
                if (double.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out var real) && double.IsFinite(real))
                {
                    value = real;
                    return true;
                }

                problem = $"'{text}' is not a finite number";
                return false;
            case RunTimeValueKind.DateTime:
                if (ParameterDates.TryParse(text, currentYear, out var date))
                {
                    value = date;
                    return true;
                }

                problem = $"'{text}' is not a date in a parameter file format (MM/DD/YYYY or MM/DD/RR, optionally with HH24:MI, HH24:MI:SS and a fraction)";
                return false;
            default:
                value = text;
                return true;
        }
    }
}
