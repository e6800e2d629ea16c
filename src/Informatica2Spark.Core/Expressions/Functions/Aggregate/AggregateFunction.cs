using Informatica2Spark.Core.Expressions.Binding;
using Informatica2Spark.Core.Expressions.Sql;
using Informatica2Spark.Core.Expressions.Translation;
using Informatica2Spark.Core.Expressions.Types;

namespace Informatica2Spark.Core.Expressions.Functions.Aggregate;

/// <summary>
/// An aggregate function of the transformation language: <c>NAME(value... [, filter_condition])</c>, one result per
/// group of an Aggregator (TLR: Functions > Aggregate Functions). What every aggregate shares:
/// <list type="bullet">
/// <item>The optional filter condition, "a numeric value or [one that evaluates] to TRUE, FALSE, or NULL", selects
/// the rows where it is TRUE (a number when not 0); NULL does not select the row (TLR: Null Values in Filter
/// Conditions). It is Spark's <c>FILTER (WHERE ...)</c> clause (Spark 3.0 on).</item>
/// <item>NULL values are ignored; when every value is NULL or no row is selected the result is NULL, except COUNT,
/// which gives 0 (TLR: Aggregate Functions and Nulls) — what Spark's aggregates do.</item>
/// <item>The Integration Service can be configured to treat NULLs as 0 in aggregates (the compatibility property
/// PMServer3XCompatibility, "Handles Aggregator transformations as it did in version 3.5"). The translation follows
/// the default; a service with that property set gives 0 where these give NULL.</item>
/// <item>Only one aggregate may be nested in another; the binder refuses nesting, which Spark does not have.</item>
/// <item>A row whose arguments raise a row error (a division by zero, say) is left out of the aggregate, as
/// PowerCenter skips it; the group's result carries no row error.</item>
/// </list>
/// </summary>
public abstract class AggregateFunction : ExpressionFunction
{
    public override string? Limits => "approximate when an argument can raise a row error: those rows are left out, as PowerCenter skips them, but not logged";

    public override FunctionCategory Category => FunctionCategory.Aggregate;

    public override bool IsAggregate => true;

    public override bool EvaluatesAllArguments => false;

    public override int MinArguments => ValueArguments;

    public override int MaxArguments => ValueArguments + 1;

    public override string Syntax => $"{Name}({ValueSyntax} [, filter_condition])";

    /// <summary>The arguments before the filter condition.</summary>
    protected virtual int ValueArguments => 1;

    /// <summary>The arguments before the filter condition as the TLR writes them.</summary>
    protected virtual string ValueSyntax => "numeric_value";

    public sealed override PcType Bind(CallBinding call)
    {
        if (call.Count > ValueArguments)
        {
            call.ExpectCondition(ValueArguments);
        }

        return BindValues(call);
    }

    /// <summary>Checks the arguments before the filter condition and returns the result type.</summary>
    protected abstract PcType BindValues(CallBinding call);

    /// <summary>
    /// <c>name(argument, more...) FILTER (WHERE ...)</c>: the filter selects the rows where the filter condition is
    /// TRUE, <paramref name="also"/> holds and no argument raises a row error; no clause when every row counts.
    /// </summary>
    protected static SqlAggregate Aggregate(CallTranslation call, int valueArguments, string name, SqlExpr? argument, IReadOnlyList<SqlExpr>? more = null, SqlExpr? also = null) =>
        new(name, argument, Filter(call, valueArguments, also), More: more);

    /// <summary>The value as a number, booleans as 1 or 0.</summary>
    protected static SqlExpr Numeric(CallTranslation call, int index) =>
        call.TypeOf(index).Kind == PcTypeKind.Boolean ? call.Number(index, PcType.Integer) : call[index];

    /// <summary>The type of a value an aggregate returns as it is (SUM, MIN, FIRST): booleans are 1 or 0.</summary>
    protected static PcType ValueType(PcType type) => type.Kind switch
    {
        PcTypeKind.Boolean => PcType.Integer,
        PcTypeKind.Null or PcTypeKind.Unknown => PcType.Integer,
        _ => type,
    };

    private static SqlExpr? Filter(CallTranslation call, int valueArguments, SqlExpr? also)
    {
        var conditions = new List<SqlExpr>();
        if (call.Count > valueArguments && !(call.IsLiteral(valueArguments, out var literal) && Selects(literal)))
        {
            conditions.Add(call.Condition(valueArguments));
        }

        if (also is not null)
        {
            conditions.Add(also);
        }

        var errors = Enumerable.Range(0, call.Count).Select(call.ErrorOf).OfType<SqlExpr>().ToList();
        if (errors.Count > 0)
        {
            conditions.Add(new SqlIsNull(Lowered.FirstError(errors)!));
            call.Approximate("rows whose arguments raise a row error are left out of the aggregate, as PowerCenter skips them, but they are not written to the session log or the reject output");
        }

        return conditions.Count == 0 ? null : conditions.Aggregate((a, b) => new SqlBinary(SqlBinaryOperator.And, a, b));
    }

    /// <summary>A literal filter condition that selects every row: TRUE or a non-zero number.</summary>
    private static bool Selects(object? literal) => literal switch
    {
        bool flag => flag,
        decimal number => number != 0,
        _ => false,
    };
}
