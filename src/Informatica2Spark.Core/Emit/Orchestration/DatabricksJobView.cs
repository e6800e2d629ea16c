using Informatica2Spark.Core.Emit.Spark;

namespace Informatica2Spark.Core.Emit.Orchestration;

/// <summary>
/// What <c>databricks-job.json.hbs</c> renders: the request body of Jobs API 2.1 <c>jobs/create</c> for one workflow
/// (docs/databricks-jobs.md). Built by <see cref="DatabricksJobBuilder"/>; every list is in a stable order.
/// </summary>
/// <param name="Name">The job's name: <c>FOLDER.WORKFLOW</c>.</param>
/// <param name="Description">What the job runs and how it keeps PowerCenter's meaning, one paragraph.</param>
/// <param name="MaxConcurrentRuns">From the workflow's concurrency (1000, Databricks' maximum, when unlimited).</param>
/// <param name="Schedule">The quartz cron schedule, or null (on demand, or not expressible: see <see cref="Notes"/>).</param>
/// <param name="Continuous">Whether the workflow runs continuously (PowerCenter "Run continuously").</param>
/// <param name="Cluster">The job cluster every task runs on.</param>
/// <param name="Parameters">Job parameters: the workflow variables conditions read.</param>
/// <param name="Tasks">Every task, in the order they were built (a task after those it depends on).</param>
/// <param name="Notes">What the job cannot carry as PowerCenter does, in the order found.</param>
public sealed record DatabricksJobView(
    string Name,
    string Description,
    int MaxConcurrentRuns,
    DatabricksScheduleView? Schedule,
    bool Continuous,
    DatabricksClusterView Cluster,
    IReadOnlyList<DatabricksParameterView> Parameters,
    IReadOnlyList<DatabricksTaskView> Tasks,
    IReadOnlyList<string> Notes)
{
    public ToolView Tool { get; } = ToolView.Current;

    /// <summary>The job cluster's key every task names.</summary>
    public string ClusterKey => DatabricksJobBuilder.ClusterKey;
}

/// <summary><c>schedule</c>: a quartz cron expression (seconds first) in a time zone.</summary>
public sealed record DatabricksScheduleView(string QuartzCron, string TimeZone);

/// <summary>
/// The job cluster: Databricks runtime, node type, workers from the cluster profile, Spark settings from the profile,
/// the generated init script, and the environment drivers and the publisher read the shared state store from.
/// </summary>
public sealed record DatabricksClusterView(
    string SparkVersion,
    string NodeType,
    int Workers,
    IReadOnlyList<DatabricksParameterView> SparkConf,
    IReadOnlyList<DatabricksParameterView> Environment,
    string InitScript);

/// <summary>A name and a default value (job parameter, Spark setting or environment variable).</summary>
public sealed record DatabricksParameterView(string Name, string Value);

/// <summary>
/// One task of the job: exactly one of <see cref="Condition"/>, <see cref="Jar"/> and <see cref="Python"/> is set.
/// </summary>
/// <param name="Key">The task key: letters, digits, '_' and '-'.</param>
/// <param name="Description">The PowerCenter task it carries (<c>PowerCenter task PATH (KIND)</c>) and what it does.</param>
/// <param name="DependsOn">Its dependencies, each with the outcome of a condition task when it follows one branch.</param>
/// <param name="RunIf">Its <c>run_if</c>, or null for the default ALL_SUCCESS.</param>
/// <param name="Condition">A <c>condition_task</c>.</param>
/// <param name="Jar">A <c>spark_jar_task</c> (a session's driver).</param>
/// <param name="Python">A <c>spark_python_task</c> (publisher, command, or a task without a Databricks counterpart).</param>
/// <param name="MaxRetries">Automatic retries from the task's recovery settings; 0 for none.</param>
/// <param name="Libraries">The jars the task needs (the Microsoft.Spark bridge jar for a session).</param>
public sealed record DatabricksTaskView(
    string Key,
    string Description,
    IReadOnlyList<DatabricksDependencyView> DependsOn,
    string? RunIf,
    DatabricksConditionView? Condition,
    DatabricksJarView? Jar,
    DatabricksPythonView? Python,
    int MaxRetries,
    IReadOnlyList<string> Libraries)
{
    public bool UsesCluster => Condition is null;
}

/// <summary>One entry of <c>depends_on</c>; <see cref="Outcome"/> is <c>true</c> or <c>false</c> after a condition task.</summary>
public sealed record DatabricksDependencyView(string TaskKey, string? Outcome);

/// <summary><c>condition_task</c>: <c>left op right</c>, op one of Databricks' six (EQUAL_TO and NOT_EQUAL compare strings).</summary>
public sealed record DatabricksConditionView(string Op, string Left, string Right);

/// <summary><c>spark_jar_task</c>: DotnetRunner starting the published driver with its arguments.</summary>
public sealed record DatabricksJarView(string MainClass, IReadOnlyList<string> Parameters);

/// <summary><c>spark_python_task</c>: the generated task script with its arguments.</summary>
public sealed record DatabricksPythonView(string PythonFile, IReadOnlyList<string> Parameters);
