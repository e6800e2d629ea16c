namespace Microsoft.Spark.Sql;

/// <summary>
/// Compile-only declaration of <c>Microsoft.Spark.Sql.UdfRegistration</c>: its name only (no driver uses its members), so a name
/// that <c>using Microsoft.Spark.Sql;</c> brings into a driver shows any clash with the other names in scope.
/// </summary>
public sealed class UdfRegistration
{
    private UdfRegistration()
    {
    }
}
