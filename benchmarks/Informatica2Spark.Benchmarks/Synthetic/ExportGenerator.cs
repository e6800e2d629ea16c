using System.Globalization;
using System.Text;
using System.Xml;

namespace Informatica2Spark.Benchmarks.Synthetic;

/// <summary>
/// Writes a deterministic synthetic PowerCenter export of about the requested size, shaped like real exports:
/// folders of sources, targets, mappings (Source Qualifier, Expression, Filter), reusable sessions with reader and
/// writer extensions, config objects and workflows running the sessions. Element order follows powrmart.dtd and
/// every reference resolves, so a validation pass reports nothing. The same size and seed give the same bytes.
/// </summary>
public sealed class ExportGenerator(long targetBytes, int seed, int folders = 4, int fieldsPerTable = 20, int sessionsPerWorkflow = 50)
{
    public void Write(Stream output)
    {
        var counter = new CountingStream(output);
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, IndentChars = "    ", NewLineChars = "\n" };
        using (var xml = XmlWriter.Create(counter, settings))
        {
            xml.WriteStartDocument();
            xml.WriteDocType("POWERMART", null, "powrmart.dtd", null);
            xml.WriteStartElement("POWERMART");
            xml.WriteAttributeString("CREATION_DATE", "01/01/2026 00:00:00");
            xml.WriteAttributeString("REPOSITORY_VERSION", "187.96");
            xml.WriteStartElement("REPOSITORY");
            Attributes(xml, ("NAME", "REP_SYNTHETIC"), ("VERSION", "187"), ("CODEPAGE", "UTF-8"), ("DATABASETYPE", "Oracle"));
            var random = new Random(seed);
            for (var f = 0; f < folders; f++)
            {
                var quota = targetBytes * (f + 1) / folders;
                WriteFolder(xml, counter, f, quota, random);
            }

            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteEndDocument();
        }
    }

    private void WriteFolder(XmlWriter xml, CountingStream counter, int folder, long quota, Random random)
    {
        xml.WriteStartElement("FOLDER");
        Attributes(xml, ("NAME", $"FOLDER_{folder:D2}"), ("OWNER", "etl"), ("SHARED", "NOTSHARED"), ("DESCRIPTION", "synthetic"));
        WriteConfig(xml);
        var sessions = new List<string>();
        var unit = 0;
        while (true)
        {
            xml.Flush();
            if (counter.Written >= quota && unit > 0)
            {
                break;
            }

            var name = $"F{folder:D2}_{unit:D5}";
            WriteSource(xml, name, random);
            WriteTarget(xml, name);
            WriteMapping(xml, name, random);
            WriteSession(xml, name, random);
            sessions.Add("s_m_" + name);
            unit++;
        }

        for (var w = 0; w * sessionsPerWorkflow < sessions.Count; w++)
        {
            WriteWorkflow(xml, $"wf_F{folder:D2}_{w:D3}", sessions.Skip(w * sessionsPerWorkflow).Take(sessionsPerWorkflow).ToList());
        }

        xml.WriteEndElement();
    }

    private string Field(int i) => $"COL_{i:D2}";

    private void WriteSource(XmlWriter xml, string name, Random random)
    {
        xml.WriteStartElement("SOURCE");
        Attributes(xml, ("BUSINESSNAME", ""), ("DATABASETYPE", "Oracle"), ("DBDNAME", "ORA_SRC"), ("DESCRIPTION", ""), ("NAME", "SRC_" + name), ("OBJECTVERSION", "1"), ("OWNERNAME", "STAGE"), ("VERSIONNUMBER", "1"));
        for (var i = 0; i < fieldsPerTable; i++)
        {
            xml.WriteStartElement("SOURCEFIELD");
            Attributes(xml, ("BUSINESSNAME", ""), ("DATATYPE", Type(i)), ("DESCRIPTION", ""), ("FIELDNUMBER", Num(i + 1)), ("FIELDPROPERTY", "0"), ("FIELDTYPE", "ELEMITEM"), ("HIDDEN", "NO"),
                ("KEYTYPE", i == 0 ? "PRIMARY KEY" : "NOT A KEY"), ("LENGTH", "0"), ("LEVEL", "0"), ("NAME", Field(i)), ("NULLABLE", i == 0 ? "NOTNULL" : "NULL"), ("OCCURS", "0"), ("OFFSET", Num(i * 10)),
                ("PHYSICALLENGTH", Num(10 + random.Next(90))), ("PHYSICALOFFSET", Num(i * 10)), ("PICTURETEXT", ""), ("PRECISION", Num(10 + random.Next(90))), ("SCALE", "0"), ("USAGE_FLAGS", ""));
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    private void WriteTarget(XmlWriter xml, string name)
    {
        xml.WriteStartElement("TARGET");
        Attributes(xml, ("BUSINESSNAME", ""), ("CONSTRAINT", ""), ("DATABASETYPE", "Oracle"), ("DESCRIPTION", ""), ("NAME", "TGT_" + name), ("OBJECTVERSION", "1"), ("TABLEOPTIONS", ""), ("VERSIONNUMBER", "1"));
        for (var i = 0; i < fieldsPerTable; i++)
        {
            xml.WriteStartElement("TARGETFIELD");
            Attributes(xml, ("BUSINESSNAME", ""), ("DATATYPE", Type(i)), ("DESCRIPTION", ""), ("FIELDNUMBER", Num(i + 1)), ("KEYTYPE", i == 0 ? "PRIMARY KEY" : "NOT A KEY"),
                ("NAME", Field(i)), ("NULLABLE", i == 0 ? "NOTNULL" : "NULL"), ("PICTURETEXT", ""), ("PRECISION", "38"), ("SCALE", "0"));
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    private void WriteMapping(XmlWriter xml, string name, Random random)
    {
        xml.WriteStartElement("MAPPING");
        Attributes(xml, ("DESCRIPTION", "synthetic load of " + name), ("ISVALID", "YES"), ("NAME", "m_" + name), ("OBJECTVERSION", "1"), ("VERSIONNUMBER", "1"));
        Transformation(xml, "SQ_" + name, "Source Qualifier", _ => ("INPUT/OUTPUT", null),
            ("Sql Query", $"SELECT {string.Join(", ", Enumerable.Range(0, fieldsPerTable).Select(Field))}\r\nFROM STAGE.SRC_{name}\r\nWHERE COL_01 >= '$$LOAD_DATE'"),
            ("Source Filter", ""), ("Number Of Sorted Ports", "0"), ("Tracing Level", "Normal"), ("Select Distinct", "NO"), ("Pre SQL", ""), ("Post SQL", ""));
        Transformation(xml, "EXP_" + name, "Expression", i => i % 4 == 3
            ? ("INPUT/OUTPUT", $"IIF(ISNULL({Field(i)}), {random.Next(1000)}, {Field(i)} * {random.Next(1, 9)})")
            : ("INPUT/OUTPUT", null), ("Tracing Level", "Normal"));
        Transformation(xml, "FIL_" + name, "Filter", _ => ("INPUT/OUTPUT", null), ("Filter Condition", $"NOT ISNULL(COL_00) AND COL_02 > {random.Next(100)}"), ("Tracing Level", "Normal"));
        Instance(xml, "SRC_" + name, "Source Definition", "SOURCE", "ORA_SRC");
        Instance(xml, "SQ_" + name, "Source Qualifier", "TRANSFORMATION", null);
        Instance(xml, "EXP_" + name, "Expression", "TRANSFORMATION", null);
        Instance(xml, "FIL_" + name, "Filter", "TRANSFORMATION", null);
        Instance(xml, "TGT_" + name, "Target Definition", "TARGET", null);
        var chain = new[] { ("SRC_", "Source Definition"), ("SQ_", "Source Qualifier"), ("EXP_", "Expression"), ("FIL_", "Filter"), ("TGT_", "Target Definition") };
        for (var step = 0; step + 1 < chain.Length; step++)
        {
            for (var i = 0; i < fieldsPerTable; i++)
            {
                xml.WriteStartElement("CONNECTOR");
                Attributes(xml, ("FROMFIELD", Field(i)), ("FROMINSTANCE", chain[step].Item1 + name), ("FROMINSTANCETYPE", chain[step].Item2),
                    ("TOFIELD", Field(i)), ("TOINSTANCE", chain[step + 1].Item1 + name), ("TOINSTANCETYPE", chain[step + 1].Item2));
                xml.WriteEndElement();
            }
        }

        xml.WriteStartElement("TARGETLOADORDER");
        Attributes(xml, ("ORDER", "1"), ("TARGETINSTANCE", "TGT_" + name));
        xml.WriteEndElement();
        xml.WriteStartElement("MAPPINGVARIABLE");
        Attributes(xml, ("AGGFUNCTION", "NONE"), ("DATATYPE", "string"), ("DEFAULTVALUE", "2026-01-01"), ("DESCRIPTION", ""), ("ISEXPRESSIONVARIABLE", "NO"), ("ISPARAM", "YES"), ("NAME", "$$LOAD_DATE"), ("PRECISION", "10"), ("SCALE", "0"), ("USERDEFINED", "YES"));
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private void Transformation(XmlWriter xml, string name, string type, Func<int, (string PortType, string? Expression)> port, params (string Name, string Value)[] tableAttributes)
    {
        xml.WriteStartElement("TRANSFORMATION");
        Attributes(xml, ("DESCRIPTION", ""), ("NAME", name), ("OBJECTVERSION", "1"), ("REUSABLE", "NO"), ("TYPE", type), ("VERSIONNUMBER", "1"));
        for (var i = 0; i < fieldsPerTable; i++)
        {
            var (portType, expression) = port(i);
            xml.WriteStartElement("TRANSFORMFIELD");
            Attributes(xml, ("DATATYPE", i % 3 == 0 ? "decimal" : "string"), ("DEFAULTVALUE", ""), ("DESCRIPTION", ""));
            if (expression is not null)
            {
                Attributes(xml, ("EXPRESSION", expression), ("EXPRESSIONTYPE", "GENERAL"));
            }

            Attributes(xml, ("NAME", Field(i)), ("PICTURETEXT", ""), ("PORTTYPE", portType), ("PRECISION", "38"), ("SCALE", "0"));
            xml.WriteEndElement();
        }

        foreach (var (attribute, value) in tableAttributes)
        {
            xml.WriteStartElement("TABLEATTRIBUTE");
            Attributes(xml, ("NAME", attribute), ("VALUE", value));
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    private static void Instance(XmlWriter xml, string name, string transformationType, string type, string? dbd)
    {
        xml.WriteStartElement("INSTANCE");
        if (dbd is not null)
        {
            Attributes(xml, ("DBDNAME", dbd));
        }

        Attributes(xml, ("DESCRIPTION", ""), ("NAME", name), ("TRANSFORMATION_NAME", name), ("TRANSFORMATION_TYPE", transformationType), ("TYPE", type));
        xml.WriteEndElement();
    }

    private static void WriteConfig(XmlWriter xml)
    {
        xml.WriteStartElement("CONFIG");
        Attributes(xml, ("DESCRIPTION", "Default session configuration"), ("ISDEFAULT", "YES"), ("NAME", "default_session_config"), ("VERSIONNUMBER", "1"));
        foreach (var (name, value) in ConfigAttributes)
        {
            xml.WriteStartElement("ATTRIBUTE");
            Attributes(xml, ("NAME", name), ("VALUE", value));
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    private static readonly (string, string)[] ConfigAttributes =
    [
        ("Constraint based load ordering", "NO"), ("Cache LOOKUP() function", "YES"), ("Default buffer block size", "Auto"),
        ("Line Sequential buffer length", "1024"), ("Maximum Memory Allowed For Auto Memory Attributes", "512MB"),
        ("DateTime Format String", "MM/DD/YYYY HH24:MI:SS.US"), ("Stop on errors", "0"), ("Override tracing", "None"),
        ("Dynamic Partitioning", "Disabled"), ("Number of Partitions", "1"),
    ];

    private static readonly (string, string)[] SessionAttributes =
    [
        ("General Options", ""), ("Write Backward Compatible Session Log File", "NO"), ("Session Log File directory", "$PMSessionLogDir\\"),
        ("Parameter Filename", ""), ("$Source connection value", "$DBConnection_Src"), ("$Target connection value", "$DBConnection_Tgt"),
        ("Treat source rows as", "Insert"), ("Commit Type", "Target"), ("Commit Interval", "10000"), ("Commit On End Of File", "YES"),
        ("Rollback Transactions on Errors", "NO"), ("Recovery Strategy", "Restart task"), ("Java Classpath", ""), ("Performance", ""),
        ("DTM buffer size", "Auto"), ("Collect performance data", "NO"), ("Write performance data to repository", "NO"),
        ("Incremental Aggregation", "NO"), ("Session retry on deadlock", "NO"), ("Pushdown Optimization", "None"),
        ("Allow Temporary View for Pushdown", "NO"), ("Allow Temporary Sequence for Pushdown", "NO"), ("Enable high precision", "NO"),
    ];

    private void WriteSession(XmlWriter xml, string name, Random random)
    {
        xml.WriteStartElement("SESSION");
        Attributes(xml, ("DESCRIPTION", ""), ("ISVALID", "YES"), ("MAPPINGNAME", "m_" + name), ("NAME", "s_m_" + name), ("REUSABLE", "YES"), ("SORTORDER", "Binary"), ("VERSIONNUMBER", "1"));
        foreach (var (prefix, type) in new[] { ("SRC_", "Source Definition"), ("SQ_", "Source Qualifier"), ("EXP_", "Expression"), ("FIL_", "Filter"), ("TGT_", "Target Definition") })
        {
            xml.WriteStartElement("SESSTRANSFORMATIONINST");
            Attributes(xml, ("ISREPARTITIONPOINT", type == "Source Qualifier" ? "YES" : "NO"), ("PARTITIONTYPE", "PASS THROUGH"), ("PIPELINE", "1"), ("SINSTANCENAME", prefix + name), ("STAGE", "1"), ("TRANSFORMATIONNAME", prefix + name), ("TRANSFORMATIONTYPE", type));
            xml.WriteStartElement("PARTITION");
            Attributes(xml, ("DESCRIPTION", ""), ("NAME", "Partition #1"));
            xml.WriteEndElement();
            xml.WriteEndElement();
        }

        xml.WriteStartElement("CONFIGREFERENCE");
        Attributes(xml, ("REFOBJECTNAME", "default_session_config"), ("TYPE", "Session config"));
        xml.WriteEndElement();
        xml.WriteStartElement("SESSIONCOMPONENT");
        Attributes(xml, ("REFOBJECTNAME", ""), ("REUSABLE", "NO"), ("TYPE", "Pre-session variable assignment"));
        xml.WriteEndElement();
        Extension(xml, "Relational Reader", "SRC_" + name, "Source Definition", "READER", "$DBConnection_Src", "SQ_" + name);
        Extension(xml, "Relational Writer", "TGT_" + name, "Target Definition", "WRITER", "$DBConnection_Tgt", null,
            ("Target load type", random.Next(4) == 0 ? "Bulk" : "Normal"), ("Insert", "YES"), ("Update as Update", "NO"), ("Update as Insert", "NO"),
            ("Update else Insert", "NO"), ("Delete", "NO"), ("Truncate target table option", "NO"), ("Reject file directory", "$PMBadFileDir\\"),
            ("Reject filename", $"tgt_{name.ToLowerInvariant()}1.bad"));
        foreach (var (attribute, value) in SessionAttributes)
        {
            xml.WriteStartElement("ATTRIBUTE");
            Attributes(xml, ("NAME", attribute), ("VALUE", value));
            xml.WriteEndElement();
        }

        xml.WriteStartElement("ATTRIBUTE");
        Attributes(xml, ("NAME", "Session Log File Name"), ("VALUE", $"s_m_{name}.log"));
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void Extension(XmlWriter xml, string subtype, string instance, string transformationType, string type, string variable, string? dsq, params (string Name, string Value)[] attributes)
    {
        xml.WriteStartElement("SESSIONEXTENSION");
        if (dsq is not null)
        {
            Attributes(xml, ("DSQINSTNAME", dsq), ("DSQINSTTYPE", "Source Qualifier"));
        }

        Attributes(xml, ("NAME", subtype), ("SINSTANCENAME", instance), ("SUBTYPE", subtype), ("TRANSFORMATIONTYPE", transformationType), ("TYPE", type));
        xml.WriteStartElement("CONNECTIONREFERENCE");
        Attributes(xml, ("CNXREFNAME", "DB Connection"), ("CONNECTIONNAME", ""), ("CONNECTIONNUMBER", "1"), ("CONNECTIONSUBTYPE", "Oracle"), ("CONNECTIONTYPE", "Relational"), ("VARIABLE", variable));
        xml.WriteEndElement();
        foreach (var (name, value) in attributes)
        {
            xml.WriteStartElement("ATTRIBUTE");
            Attributes(xml, ("NAME", name), ("VALUE", value));
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    private static void WriteWorkflow(XmlWriter xml, string name, IReadOnlyList<string> sessions)
    {
        xml.WriteStartElement("WORKFLOW");
        Attributes(xml, ("DESCRIPTION", ""), ("ISENABLED", "YES"), ("ISVALID", "YES"), ("NAME", name), ("SERVERNAME", "IS_SYNTHETIC"), ("SUSPEND_ON_ERROR", "NO"), ("VERSIONNUMBER", "1"));
        xml.WriteStartElement("TASK");
        Attributes(xml, ("DESCRIPTION", ""), ("NAME", "Start"), ("REUSABLE", "NO"), ("TYPE", "Start"), ("VERSIONNUMBER", "1"));
        xml.WriteEndElement();
        xml.WriteStartElement("TASKINSTANCE");
        Attributes(xml, ("DESCRIPTION", ""), ("ISENABLED", "YES"), ("NAME", "Start"), ("REUSABLE", "NO"), ("TASKNAME", "Start"), ("TASKTYPE", "Start"));
        xml.WriteEndElement();
        foreach (var session in sessions)
        {
            xml.WriteStartElement("TASKINSTANCE");
            Attributes(xml, ("DESCRIPTION", ""), ("FAIL_PARENT_IF_INSTANCE_DID_NOT_RUN", "NO"), ("FAIL_PARENT_IF_INSTANCE_FAILS", "YES"), ("ISENABLED", "YES"),
                ("NAME", session), ("REUSABLE", "YES"), ("TASKNAME", session), ("TASKTYPE", "Session"), ("TREAT_INPUTLINK_AS_AND", "YES"));
            xml.WriteEndElement();
        }

        var previous = "Start";
        foreach (var session in sessions)
        {
            xml.WriteStartElement("WORKFLOWLINK");
            Attributes(xml, ("CONDITION", previous == "Start" ? "" : $"${previous}.Status = SUCCEEDED"), ("FROMTASK", previous), ("TOTASK", session));
            xml.WriteEndElement();
            previous = session;
        }

        xml.WriteStartElement("WORKFLOWVARIABLE");
        Attributes(xml, ("DATATYPE", "date/time"), ("DEFAULTVALUE", ""), ("DESCRIPTION", "The time this task started"), ("ISNULL", "NO"), ("ISPERSISTENT", "NO"), ("NAME", "$Start.StartTime"), ("USERDEFINED", "NO"));
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static string Type(int i) => (i % 3) switch { 0 => "number(p,s)", 1 => "varchar2", _ => "date" };

    private static string Num(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static void Attributes(XmlWriter xml, params (string Name, string Value)[] attributes)
    {
        foreach (var (name, value) in attributes)
        {
            xml.WriteAttributeString(name, value);
        }
    }
}
