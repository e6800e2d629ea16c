using Informatica2Spark.Core.Expressions.Types;
using Informatica2Spark.Core.Model;

namespace Informatica2Spark.Core.Expressions.Binding;

/// <summary>How a port takes part in a transformation (TG: Expression > Port Types).</summary>
public enum PortRole
{
    /// <summary>An input or input/output port: a value of the incoming row.</summary>
    Input,

    /// <summary>An output port computed by its own expression.</summary>
    Output,

    /// <summary>A variable port: computed in display order and kept from row to row.</summary>
    Variable,

    /// <summary>A lookup port of a Lookup transformation.</summary>
    Lookup,
}

/// <summary>A port an expression may name, with its PowerCenter type; <see cref="Column"/> is the column it reads.</summary>
public sealed record PortSymbol(string Name, PcType Type, PortRole Role)
{
    /// <summary>The column name in the rows the translated expression runs on (the port name unless a plan renames it).</summary>
    public string Column { get; init; } = Name;
}

/// <summary>
/// A mapping parameter (<see cref="IsVariable"/> false) or mapping variable, named with its dollars (<c>$$LAST_RUN</c>).
/// <see cref="ExpressionText"/> holds the value of a parameter declared as an expression variable
/// (<c>ISEXPRESSIONVARIABLE="YES"</c>), which is expanded into the expression before it is parsed.
/// </summary>
public sealed record ParameterSymbol(string Name, PcType Type, bool IsVariable, AggregationFunction Aggregation = AggregationFunction.None)
{
    public string? ExpressionText { get; init; }
}

/// <summary>An unconnected Lookup transformation that <c>:LKP.name(...)</c> calls: its input port types and return port type.</summary>
public sealed record LookupSymbol(string Name, IReadOnlyList<PcType> Inputs, PcType Return);
