namespace Microsoft.Spark.Sql;

/// <summary>Compile-only declaration of <c>Microsoft.Spark.Sql.Column</c> (the members drivers use).</summary>
public sealed class Column
{
    private Column()
    {
    }
}
