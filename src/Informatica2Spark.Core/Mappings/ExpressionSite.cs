using Informatica2Spark.Core.Expressions.Binding;
using Informatica2Spark.Core.Expressions.Translation;
using Informatica2Spark.Core.Model;

namespace Informatica2Spark.Core.Mappings;

/// <summary>Where in a transformation an expression is written.</summary>
public enum ExpressionSiteKind
{
    /// <summary>The expression of an output or variable port.</summary>
    Port,

    /// <summary>A port's default value: a constant, NULL, ERROR('...') or ABORT('...') (TG: Default Values for Ports).</summary>
    DefaultValue,

    /// <summary>A Filter transformation's Filter Condition.</summary>
    FilterCondition,

    /// <summary>A Router group's condition.</summary>
    RouterGroup,

    /// <summary>An Update Strategy Expression (DD_INSERT, DD_UPDATE, DD_DELETE, DD_REJECT).</summary>
    UpdateStrategy,

    /// <summary>A Transaction Control Condition (TC_ constants).</summary>
    TransactionControl,

    /// <summary>A Lookup condition: comparisons of lookup ports with input ports joined by AND.</summary>
    LookupCondition,

    /// <summary>A Joiner's Join Condition: equalities of master and detail ports joined by AND.</summary>
    JoinCondition,
}

/// <summary>
/// One expression of a mapping or mapplet: its text, where it stands (the element's position in the export and the
/// object path of the transformation and port or property), the names it may use and how it is used.
/// </summary>
public sealed record ExpressionSite(
    ExpressionSiteKind Kind,
    string ObjectPath,
    TextPosition Position,
    string TransformationName,
    string TransformationType,
    string Text,
    ExpressionScope Scope,
    ExpressionRole Role,
    bool AllowsAggregates);
