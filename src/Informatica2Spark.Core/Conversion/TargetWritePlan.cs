using Informatica2Spark.Core.Sessions;

namespace Informatica2Spark.Core.Conversion;

/// <summary>
/// The flag a row carries to its target, with the numbers of the Update Strategy constants (TG, Update Strategy
/// Transformation, Flagging Rows Within a Mapping: DD_INSERT 0, DD_UPDATE 1, DD_DELETE 2, DD_REJECT 3; the Integration
/// Service treats any other value as an insert).
/// </summary>
public enum RowFlag
{
    Insert = 0,
    Update = 1,
    Delete = 2,
    Reject = 3,
}

/// <summary>How a plan writes its target.</summary>
public enum WriteKind
{
    /// <summary>Every row that reaches the target is inserted: a plain append of the rows that pass <see cref="TargetWritePlan.Filter"/>.</summary>
    Append,

    /// <summary>Rows are updated, deleted, or updated else inserted: one MERGE by the target's primary key.</summary>
    Merge,

    /// <summary>The load cannot be written: <see cref="TargetWritePlan.Refusal"/> says why.</summary>
    Refused,
}

/// <summary>What happens at the target to the rows of one flag, from the target's row options.</summary>
public enum FlagOperation
{
    /// <summary>The row never reaches the target.</summary>
    Rejected,

    /// <summary>The row is inserted (a row whose key exists is rejected by the database, or left alone by MERGE).</summary>
    Insert,

    /// <summary>The target row with the same key is updated; nothing happens when there is none (Update as Update).</summary>
    Update,

    /// <summary>The target row with the same key is updated, else the row is inserted (Update else Insert).</summary>
    UpdateElseInsert,

    /// <summary>The target row with the same key is deleted.</summary>
    Delete,
}

/// <summary>
/// How one target load is written, from where its rows' flags come from, the target's row options and the target
/// definition's primary key (TG, Update Strategy Transformation, Setting the Update Strategy for a Session: Specifying an
/// Operation for All Rows, and Specifying Operations for Individual Target Tables):
/// <list type="bullet">
/// <item>The session's <c>Treat source rows as</c> Insert, Update or Delete flags every row alike; Data driven takes each
/// row's flag from the Update Strategy's action column (<see cref="ActionColumn"/>), and rows that pass through no Update
/// Strategy keep the insert flag.</item>
/// <item>Rows flagged insert are inserted when the target's Insert option is on. Rows flagged update are updated (Update
/// as Update), inserted (Update as Insert, which needs Insert on), or updated when their key exists and inserted
/// otherwise (Update else Insert, which needs Insert on). Rows flagged delete are deleted when Delete is on. Rows flagged
/// reject, and rows whose operation is off, never reach the target.</item>
/// <item>Updates and deletes find the target row by the primary key of the target definition: PowerCenter needs it, and
/// a target without one has its load refused.</item>
/// </list>
/// Flat-file targets have the documented defaults (Insert and Update as Update on). Inserts alone are an append; any
/// update or delete is a MERGE (<see cref="Clauses"/>), whose conditions test the action column as PowerCenter reads it.
/// </summary>
/// <param name="Kind">Append, MERGE, or refused.</param>
/// <param name="ActionColumn">The column of the rows holding each row's flag (a DD_ number), or null when every row has <see cref="EveryRow"/>.</param>
/// <param name="EveryRow">The flag of every row when <see cref="ActionColumn"/> is null.</param>
/// <param name="Operations">What happens to the rows of each flag, in flag order (insert, update, delete; reject is always rejected).</param>
/// <param name="Keys">The target's primary key columns, in field order; empty when it has none.</param>
/// <param name="Clauses">The MERGE clauses, in the order they are written; empty unless <see cref="Kind"/> is Merge.</param>
/// <param name="Filter">For an append with an action column: the flags whose rows are inserted (the others are rejected); empty otherwise.</param>
/// <param name="Refusal">Why the load cannot be written, or null.</param>
/// <param name="Description">What happens to the rows of each flag the target can receive, with the settings it comes from.</param>
public sealed record TargetWritePlan(
    WriteKind Kind,
    string? ActionColumn,
    RowFlag EveryRow,
    IReadOnlyList<FlagOperation> Operations,
    IReadOnlyList<string> Keys,
    IReadOnlyList<MergeClause> Clauses,
    IReadOnlyList<RowFlag> Filter,
    string? Refusal,
    string Description)
{
    private static readonly RowFlag[] Flags = [RowFlag.Insert, RowFlag.Update, RowFlag.Delete];

    /// <summary>
    /// The plan of one target load. <paramref name="actionColumn"/> names the column an Update Strategy writes each row's
    /// flag to, or is null when the rows pass through none; it is read only when the session treats source rows as Data
    /// driven. <paramref name="keys"/> are the target definition's primary key fields.
    /// </summary>
    public static TargetWritePlan Of(Choice<TreatSourceRowsAs> treatAs, string? actionColumn, TargetSettings target, IReadOnlyList<string> keys)
    {
        var column = treatAs.Value == TreatSourceRowsAs.DataDriven ? actionColumn : null;
        var every = treatAs.Value switch
        {
            TreatSourceRowsAs.Update => RowFlag.Update,
            TreatSourceRowsAs.Delete => RowFlag.Delete,
            _ => RowFlag.Insert,
        };
        var operations = Flags.Select(f => Operation(f, target)).ToList();
        var possible = column is null ? [every] : Flags;
        var treat = $"Treat source rows as {(treatAs.Text.Length == 0 ? "Insert" : treatAs.Text)}";
        var source = column is null ? treat : $"{treat}, each row's flag in column '{column}'";
        var written = possible.Where(f => operations[(int)f] != FlagOperation.Rejected).ToList();
        var description = $"{Describe(possible, operations)} ({source}; {Options(target)})";
        if (written.Count == 0)
        {
            return new(WriteKind.Refused, column, every, operations, keys, [], [], $"{description}: no row reaches the target", description);
        }

        if (written.All(f => operations[(int)f] == FlagOperation.Insert))
        {
            return new(WriteKind.Append, column, every, operations, keys, [], column is null ? [] : written, null, description);
        }

        if (keys.Count == 0)
        {
            return new(WriteKind.Refused, column, every, operations, keys, [], [], $"{description}, and updates and deletes find the target's rows by its primary key, which the target definition does not have: give the target definition a primary key", description);
        }

        return new(WriteKind.Merge, column, every, operations, keys, ClausesOf(written, operations, column is not null), [], null, description);
    }

    private static FlagOperation Operation(RowFlag flag, TargetSettings target)
    {
        var file = target.FlatFile is not null;
        var insert = file || target.Insert;
        return flag switch
        {
            RowFlag.Insert => insert ? FlagOperation.Insert : FlagOperation.Rejected,
            RowFlag.Update when target.UpdateElseInsert => insert ? FlagOperation.UpdateElseInsert : FlagOperation.Rejected,
            RowFlag.Update when target.UpdateAsInsert => insert ? FlagOperation.Insert : FlagOperation.Rejected,
            RowFlag.Update => file || target.UpdateAsUpdate ? FlagOperation.Update : FlagOperation.Rejected,
            RowFlag.Delete => target.Delete ? FlagOperation.Delete : FlagOperation.Rejected,
            _ => FlagOperation.Rejected,
        };
    }

    /// <summary>
    /// One clause per operation: matched rows flagged for update (or update else insert) are updated, matched rows flagged
    /// for delete are deleted, and rows with no match flagged for insert (or update else insert, or update as insert) are
    /// inserted. With one flag for every row the clauses test nothing.
    /// </summary>
    private static List<MergeClause> ClausesOf(IReadOnlyList<RowFlag> written, IReadOnlyList<FlagOperation> operations, bool tested)
    {
        IReadOnlyList<RowFlag> When(params FlagOperation[] wanted) =>
            tested ? [.. written.Where(f => wanted.Contains(operations[(int)f]))] : [];
        bool Any(params FlagOperation[] wanted) => written.Any(f => wanted.Contains(operations[(int)f]));
        var clauses = new List<MergeClause>();
        if (Any(FlagOperation.Update, FlagOperation.UpdateElseInsert))
        {
            clauses.Add(new MergeClause(true, MergeOperation.Update, When(FlagOperation.Update, FlagOperation.UpdateElseInsert)));
        }

        if (Any(FlagOperation.Delete))
        {
            clauses.Add(new MergeClause(true, MergeOperation.Delete, When(FlagOperation.Delete)));
        }

        if (Any(FlagOperation.Insert, FlagOperation.UpdateElseInsert))
        {
            clauses.Add(new MergeClause(false, MergeOperation.Insert, When(FlagOperation.Insert, FlagOperation.UpdateElseInsert)));
        }

        return clauses;
    }

    private static string Describe(IReadOnlyList<RowFlag> possible, IReadOnlyList<FlagOperation> operations) =>
        string.Join(", ", possible.Select(f => $"{Name(f)} {Verb(operations[(int)f])}"));

    private static string Name(RowFlag flag) => flag switch
    {
        RowFlag.Insert => "rows flagged insert are",
        RowFlag.Update => "rows flagged update are",
        _ => "rows flagged delete are",
    };

    private static string Verb(FlagOperation operation) => operation switch
    {
        FlagOperation.Insert => "inserted",
        FlagOperation.Update => "updated",
        FlagOperation.UpdateElseInsert => "updated when their key exists and inserted otherwise",
        FlagOperation.Delete => "deleted",
        _ => "rejected",
    };

    private static string Options(TargetSettings target) => target.FlatFile is not null
        ? "a flat file: Insert and Update as Update"
        : string.Join(", ", new[]
        {
            target.Insert ? "Insert" : "Insert off",
            target.UpdateElseInsert ? "Update else Insert" : target.UpdateAsInsert ? "Update as Insert" : target.UpdateAsUpdate ? "Update as Update" : "no update option",
            target.Delete ? "Delete" : "Delete off",
        });
}
