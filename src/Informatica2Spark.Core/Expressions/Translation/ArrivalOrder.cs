using Informatica2Spark.Core.Expressions.Sql;

namespace Informatica2Spark.Core.Expressions.Translation;

/// <summary>
/// The order in which rows reach a transformation, which PowerCenter's running functions (CUME, MOVINGAVG,
/// MOVINGSUM) and the aggregates FIRST and LAST follow. Spark rows have no order of their own, so translations refer
/// to one column, <see cref="Column"/>, that the mapping plan supplies on the rows the expression runs on: a BIGINT
/// that increases with every row in the order the rows arrive at the transformation (for example
/// <c>monotonically_increasing_id()</c> where the source is read, assigned again after a Sorter or a Joiner that
/// changes the order). Its name starts with underscores, which PowerCenter port names cannot, so it never shadows a port.
/// </summary>
public static class ArrivalOrder
{
    /// <summary>The name of the arrival-order column.</summary>
    public const string Column = "__i2s_row";

    /// <summary>The arrival-order column as a SQL node.</summary>
    public static SqlColumn Expression { get; } = new(Column);
}
