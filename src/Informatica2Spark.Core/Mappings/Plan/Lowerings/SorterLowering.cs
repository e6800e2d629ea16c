using Informatica2Spark.Core.Expressions.Sql;
using Informatica2Spark.Core.Expressions.Types;
using Informatica2Spark.Core.Model;

namespace Informatica2Spark.Core.Mappings.Plan.Lowerings;

/// <summary>
/// Sorter (TG: Sorter Transformation > Sorter Transformation Properties): the rows ordered by the sort key ports
/// (<c>ISSORTKEY</c>) in port order, each ascending or descending (<c>SORTDIRECTION</c>). NULL is treated as the
/// highest value unless "Null Treated Low" is set, so NULLs come last ascending and first descending (written
/// explicitly: Spark's default is the reverse). "Case Sensitive" (the default) compares strings as they are; when it
/// is off, strings compare in lower case. "Distinct" keeps one row of each set of equal rows over every port (the
/// Sorter then sorts on all ports). Strings compare in Spark's binary (UTF-8 code point) order, PowerCenter's order
/// for a session with the binary sort order; a session with a language sort order orders strings differently.
/// </summary>
public sealed class SorterLowering : ITransformationLowering
{
    public IReadOnlyList<string> Types { get; } = ["Sorter"];

    public IReadOnlyDictionary<string, PortValue> Lower(LoweringContext context)
    {
        var transformation = context.Transformation;
        var stream = context.Stream();
        var ports = transformation.Ports.Where(p => context.Inputs.ContainsKey(p.Name) && p.Direction.HasFlag(PortDirection.Output)).ToList();
        var columns = ports.Select(p => new PlanColumn(context.ColumnOf(p.Name), LoweringContext.PortType(p) ?? context.Inputs[p.Name].Column.Type)).ToList();
        var caseSensitive = !string.Equals(transformation.TableAttributes.Get("Case Sensitive"), "NO", StringComparison.OrdinalIgnoreCase);
        var nullsLow = string.Equals(transformation.TableAttributes.Get("Null Treated Low"), "YES", StringComparison.OrdinalIgnoreCase);
        var distinct = string.Equals(transformation.TableAttributes.Get("Distinct"), "YES", StringComparison.OrdinalIgnoreCase);
        var keys = ports.Select((p, i) => (Port: p, Column: columns[i])).Where(k => k.Port.IsSortKey == true)
            .Select(k => Key(new SqlColumn(k.Column.Name), k.Column.Type, Descending(k.Port), caseSensitive, nullsLow)).ToList();
        if (keys.Count == 0)
        {
            throw new LoweringRefusedException("no port is a sort key");
        }

        var projected = new SqlSelect([.. ports.Select((p, i) => new SqlSelectItem(LoweringContext.Column(context.Inputs[p.Name].Column), columns[i].Name))], new SqlTable(stream.View)) { Distinct = distinct };
        var comment = (distinct ? "keeps distinct rows, " : string.Empty) + "sorts by " + string.Join(", ", ports.Where(p => p.IsSortKey == true).Select(p => $"{p.Name} {(Descending(p) ? "descending" : "ascending")}"));
        var step = context.Start(string.Empty, comment, _ => new SqlSelect([new SqlSelectItem(new SqlStar())], new SqlSubquery(projected, "projected")) { OrderBy = keys }, columns);
        return ports.Select((p, i) => (p.Name, Value: new PortValue(step, columns[i]))).ToDictionary(p => p.Name, p => p.Value, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>
    /// An ORDER BY key as PowerCenter orders: NULL high unless <paramref name="nullsLow"/> (last ascending, first
    /// descending), strings in lower case when the comparison is not case-sensitive.
    /// </summary>
    internal static SqlOrder Key(SqlExpr value, PcType type, bool descending, bool caseSensitive, bool nullsLow)
    {
        var key = !caseSensitive && type.Kind == PcTypeKind.String ? new SqlFunction("lower", value) : value;
        return new SqlOrder(key, descending, NullsFirst: descending != nullsLow);
    }

    private static bool Descending(Port port) => string.Equals(port.SortDirection, "DESCENDING", StringComparison.OrdinalIgnoreCase);
}
