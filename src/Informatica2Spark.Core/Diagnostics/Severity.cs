namespace Informatica2Spark.Core.Diagnostics;

/// <summary>How serious a finding is. Ordered so that a higher value is more severe.</summary>
public enum Severity
{
    Info = 0,
    Warning = 1,
    Error = 2,
}
