namespace Informatica2Spark.Core.Model;

/// <summary>
/// Builds object paths such as <c>SALES/WF:wf_sales/ST:s_m_sales_orders</c>: the folder name, then one
/// <c>PREFIX:name</c> segment per nested object. Every stage uses these paths in its diagnostics.
/// </summary>
public static class ObjectPath
{
    public const string Workflow = "WF";
    public const string Worklet = "WL";
    public const string Session = "ST";
    public const string Mapping = "M";
    public const string Mapplet = "MP";
    public const string Transformation = "TR";
    public const string Instance = "I";
    public const string Source = "SRC";
    public const string Target = "TGT";
    public const string Config = "CFG";
    public const string TaskInstance = "TI";
    public const string Task = "T";
    public const string Shortcut = "SH";
    public const string Scheduler = "SCH";
    public const string Macro = "MAC";

    /// <summary>A port (<c>TRANSFORMFIELD</c>) of a transformation.</summary>
    public const string Port = "P";

    /// <summary>A property (<c>TABLEATTRIBUTE</c>) of a transformation, such as its Filter Condition.</summary>
    public const string Attribute = "A";

    /// <summary>A group of a router or union.</summary>
    public const string Group = "G";

    public static string Child(string? parent, string prefix, string name) =>
        string.IsNullOrEmpty(parent) ? $"{prefix}:{name}" : $"{parent}/{prefix}:{name}";

    /// <summary>The path prefix for an export element name, or null when the element is not a named object.</summary>
    public static string? PrefixOf(string elementName) => elementName switch
    {
        "WORKFLOW" => Workflow,
        "WORKLET" => Worklet,
        "SESSION" => Session,
        "MAPPING" => Mapping,
        "MAPPLET" => Mapplet,
        "TRANSFORMATION" => Transformation,
        "INSTANCE" => Instance,
        "SOURCE" => Source,
        "TARGET" => Target,
        "CONFIG" => Config,
        "TASKINSTANCE" => TaskInstance,
        "TASK" => Task,
        "SHORTCUT" => Shortcut,
        "SCHEDULER" => Scheduler,
        "EXPRMACRO" => Macro,
        _ => null,
    };
}
