namespace Informatica2Spark.Core.Sessions;

/// <summary>
/// What a session does to one target's rows: which operations reach the target, and how to say so. The session's
/// <c>Treat source rows as</c> flags every row, and the target's row options (Insert, Update as Update, Update as Insert,
/// Update else Insert, Delete) only say what happens to rows of each flag (WBG, Targets, Using Session-Level Target
/// Properties with Source Properties; TG, Update Strategy Transformation, Setting the Update Strategy for a Session):
/// <list type="bullet">
/// <item>Insert: every row is inserted when Insert is on (the other options are ignored), rejected when it is off.</item>
/// <item>Update: every row is updated (Update as Update), inserted (Update as Insert), or updated when it exists and
/// inserted otherwise (Update else Insert); the last two reject every row when Insert is off; Delete is ignored.</item>
/// <item>Delete: every row is deleted when Delete is on, rejected when it is off.</item>
/// <item>Data driven: the Update Strategy the target's rows pass through flags each row and the options apply per flag;
/// rows that pass through none keep the insert flag.</item>
/// </list>
/// Flat-file targets have no row options in their writer: their options are taken at the documented defaults (Insert
/// and Update as Update on). An unrecognised <c>Treat source rows as</c> is read as Insert, its default.
/// </summary>
/// <param name="Inserts">Rows are inserted.</param>
/// <param name="Updates">Rows are updated (including those updated when they exist, <paramref name="Upserts"/>).</param>
/// <param name="Deletes">Rows are deleted.</param>
/// <param name="Upserts">Rows are updated when they exist and inserted otherwise (Update else Insert).</param>
/// <param name="Description">What happens, as a phrase after "the session", with the settings it comes from.</param>
public sealed record TargetRowOperations(bool Inserts, bool Updates, bool Deletes, bool Upserts, string Description)
{
    /// <summary>Rows are updated or deleted: more than Spark's batch writers (append, overwrite) can do.</summary>
    public bool ChangesRows => Updates || Deletes;

    /// <summary>
    /// The operations on <paramref name="target"/>; <paramref name="updateStrategy"/> names the Update Strategy
    /// transformation the target's rows pass through, or is null when they pass through none.
    /// </summary>
    public static TargetRowOperations Of(Choice<TreatSourceRowsAs> treatAs, string? updateStrategy, TargetSettings target)
    {
        var file = target.FlatFile is not null;
        var insert = file || target.Insert;
        var updateAsUpdate = file || target.UpdateAsUpdate;
        var treat = $"Treat source rows as {(treatAs.Text.Length == 0 ? "Insert" : treatAs.Text)}";
        switch (treatAs.Value)
        {
            case TreatSourceRowsAs.Update when target.UpdateElseInsert:
                return insert ? new(true, true, false, true, $"updates rows that exist and inserts the others ({treat}, Update else Insert)") : Rejects($"{treat}, Update else Insert with Insert off");
            case TreatSourceRowsAs.Update when target.UpdateAsInsert:
                return insert ? new(true, false, false, false, $"inserts every row ({treat}, Update as Insert)") : Rejects($"{treat}, Update as Insert with Insert off");
            case TreatSourceRowsAs.Update:
                return updateAsUpdate ? new(false, true, false, false, $"updates every row ({treat}, Update as Update)") : Rejects($"{treat} with no update option on");
            case TreatSourceRowsAs.Delete:
                return target.Delete ? new(false, false, true, false, $"deletes every row ({treat})") : Rejects($"{treat} with Delete off");
            case TreatSourceRowsAs.DataDriven when updateStrategy is not null:
                var inserts = insert;
                var updates = target.UpdateElseInsert || (updateAsUpdate && !target.UpdateAsInsert);
                var done = new[]
                {
                    inserts ? "inserts" : null,
                    updates ? (target.UpdateElseInsert ? "updates (or else inserts)" : "updates") : null,
                    target.Delete ? "deletes" : null,
                }.OfType<string>().ToList();
                return done.Count == 0
                    ? Rejects($"{treat}: the target's options turn off every operation Update Strategy '{updateStrategy}' flags rows for")
                    : new(inserts, updates, target.Delete, target.UpdateElseInsert,
                        $"{(done.Count == 1 ? done[0] : $"{string.Join(", ", done[..^1])} or {done[^1]}")} rows as Update Strategy '{updateStrategy}' flags them ({treat})");
            case TreatSourceRowsAs.DataDriven:
                return insert ? new(true, false, false, false, $"inserts every row ({treat} with no Update Strategy before this target: every row is flagged for insert)") : Rejects($"{treat} with no Update Strategy and Insert off");
            default:
                return insert ? new(true, false, false, false, $"inserts every row ({treat})") : Rejects($"{treat} with Insert off");
        }
    }

    private static TargetRowOperations Rejects(string why) => new(false, false, false, false, $"rejects every row ({why})");
}
