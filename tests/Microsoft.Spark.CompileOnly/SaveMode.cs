namespace Microsoft.Spark.Sql;

/// <summary>
/// Compile-only declaration of <c>Microsoft.Spark.Sql.SaveMode</c> with its 2.3.1 values: drivers pass the mode as
/// text, and the name is declared so that a clash with the other names <c>using Microsoft.Spark.Sql;</c> brings into a
/// driver shows.
/// </summary>
public enum SaveMode
{
    Append = 0,
    Overwrite = 1,
    ErrorIfExists = 2,
    Ignore = 3,
}
