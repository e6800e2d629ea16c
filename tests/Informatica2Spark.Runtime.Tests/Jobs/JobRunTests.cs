using Xunit;

namespace Informatica2Spark.Runtime.Tests.Jobs;

/// <summary>
/// A generated driver's start: parameters from the command line, the environment, job.yaml and conversion, in that
/// order; state settings from job.yaml; mapping variables from the run state; clear refusals with their exit codes.
/// </summary>
public sealed class JobRunTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("i2s-jobrun-").FullName;

    private JobDefinition Definition => new()
    {
        SessionId = "FINANCE/WF:wf_finance/ST:s_m_load_gl",
        WorkflowId = "FINANCE/WF:wf_finance",
        Recovery = "fail",
        Persist = "failed",
        Store = "sqlite",
        StoreLocation = Path.Combine(folder, "state.db"),
        Parameters = new Dictionary<string, string?> { ["$$REGION"] = "EU", ["$InputFile_Gl"] = "/in/gl.csv" },
        Variables = [new VariableDefinition("$$LAST_ENTRY_ID", "bigint", "0")],
    };

    [Fact]
    public void Parameters_come_from_the_command_line_then_environment_then_job_yaml_then_conversion()
    {
        var job = WriteJob("""
            version: 1
            parameters:
              - name: "$$REGION"
                value: "APAC"
                runTime: true
              - name: "$InputFile_Gl"
                value: "/in/from-yaml.csv"
                runTime: true
            state:
              store: "sqlite"
              persist: "failed"
            """);
        var environment = new Dictionary<string, string> { ["I2S_PARAM_InputFile_Gl"] = "/in/from-env.csv" };

        using (var run = JobRun.Start(Definition, ["--job", job], environment))
        {
            Assert.Equal("APAC /in/from-env.csv $$UNKNOWN", run.Text("$$REGION $InputFile_Gl $$UNKNOWN"));
            run.Complete();
        }

        using var cli = JobRun.Start(Definition, ["--job", job, "--param", "$$REGION=US"], environment);
        Assert.Equal("US", cli.Text("$$REGION"));
    }

    [Fact]
    public void Mapping_variables_start_from_the_value_the_last_successful_run_saved()
    {
        using (var first = JobRun.Start(Definition, [], new Dictionary<string, string>()))
        {
            Assert.Equal("ENTRY_ID > 0", first.Text("ENTRY_ID > $$LAST_ENTRY_ID"));
            first.Context.Variables.SetMaxVariable("$$LAST_ENTRY_ID", 42L);
            first.Step("TGT:GL_POSTED", () => StepResult.Empty);
            first.Complete();
        }

        using var second = JobRun.Start(Definition, [], new Dictionary<string, string>());
        Assert.Equal("ENTRY_ID > 42", second.Text("ENTRY_ID > $$LAST_ENTRY_ID"));
    }

    [Fact]
    public void A_per_run_parameter_without_a_value_stops_the_start_with_exit_code_2()
    {
        var definition = Definition with { Parameters = new Dictionary<string, string?> { ["$$LOAD_DATE"] = null } };

        var error = Assert.Throws<JobStartException>(() => JobRun.Start(definition, [], new Dictionary<string, string>()));

        Assert.Equal((JobRun.ExitUsage, "$$LOAD_DATE has no value: give --param $$LOAD_DATE=VALUE or set I2S_PARAM__LOAD_DATE"), (error.ExitCode, error.Message));
        using var given = JobRun.Start(definition, ["--param", "$$LOAD_DATE=2026-11-01"], new Dictionary<string, string>());
        Assert.Equal("2026-11-01", given.Text("$$LOAD_DATE"));
    }

    [Fact]
    public void Service_process_directories_are_expanded_from_PMRootDir_given_when_the_driver_runs()
    {
        // A directory with no value takes its documented default under $PMRootDir; one given is expanded too.
        var definition = Definition with
        {
            Parameters = new Dictionary<string, string?>
            {
                ["$PMRootDir"] = null, ["$PMSourceFileDir"] = null, ["$PMTargetFileDir"] = "$PMRootDir/out", ["$InputFile_Gl"] = "$PMRootDir/literal.csv",
            },
        };

        var error = Assert.Throws<JobStartException>(() => JobRun.Start(definition, [], new Dictionary<string, string>()));
        Assert.Equal((JobRun.ExitUsage, "$PMRootDir has no value: give --param $PMRootDir=VALUE or set I2S_PARAM_PMRootDir"), (error.ExitCode, error.Message));

        using var run = JobRun.Start(definition, ["--param", "$PMRootDir=/data"], new Dictionary<string, string>());
        Assert.Equal("/data/SrcFiles/gl.csv /data/out $PMRootDir/literal.csv", run.Text("$PMSourceFileDir/gl.csv $PMTargetFileDir $InputFile_Gl"));
    }

    [Fact]
    public void Service_process_directories_that_refer_to_each_other_in_a_cycle_stop_the_start()
    {
        var definition = Definition with
        {
            Parameters = new Dictionary<string, string?> { ["$PMRootDir"] = "$PMTempDir/root", ["$PMTempDir"] = "$PMRootDir/Temp" },
        };

        var error = Assert.Throws<JobStartException>(() => JobRun.Start(definition, [], new Dictionary<string, string>()));

        Assert.Equal(JobRun.ExitUsage, error.ExitCode);
        Assert.Contains("cycle: $PMRootDir -> $PMTempDir -> $PMRootDir", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_session_start_time_is_the_runs_own_and_other_run_time_values_must_be_given()
    {
        var start = new DateTime(2026, 3, 4, 5, 6, 7);
        var values = JobRun.Complete(new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase) { ["$$$SessStartTime"] = "$$$SessStartTime" }, start);
        Assert.Equal("03/04/2026 05:06:07", values["$$$SessStartTime"]);

        var error = Assert.Throws<JobStartException>(() => JobRun.Complete(
            new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase) { ["$PMWorkflowRunId"] = "$PMWorkflowRunId", ["$$REGION"] = null }, start));
        Assert.Equal(
            "$$REGION, $PMWorkflowRunId have no value: give --param $$REGION=VALUE or set I2S_PARAM__REGION; --param $PMWorkflowRunId=VALUE or set I2S_PARAM_PMWorkflowRunId",
            error.Message);
    }

    [Theory]
    [InlineData(new[] { "--verbose" }, "unknown argument '--verbose'")]
    [InlineData(new[] { "--param", "REGION" }, "--param REGION: expected NAME=VALUE")]
    [InlineData(new[] { "--job" }, "--job FILE: the value is missing")]
    [InlineData(new[] { "--persist", "sometimes" }, "--persist sometimes: expected on, failed or off")]
    [InlineData(new[] { "--orchestration-run-id" }, "--orchestration-run-id VALUE: the value is missing")]
    public void Bad_arguments_are_exit_code_2(string[] args, string message)
    {
        var error = Assert.Throws<JobStartException>(() => JobRun.Start(Definition, args, new Dictionary<string, string>()));

        Assert.Equal(JobRun.ExitUsage, error.ExitCode);
        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_job_yaml_is_exit_code_2_with_its_location()
    {
        var job = WriteJob("version: 1\nstate:\n  colour: blue\n");

        var error = Assert.Throws<JobStartException>(() => JobRun.Start(Definition, ["--job", job], new Dictionary<string, string>()));

        Assert.Equal(JobRun.ExitUsage, error.ExitCode);
        Assert.StartsWith($"{job}:3:3: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Job_yaml_state_overrides_the_persist_policy()
    {
        var job = WriteJob("version: 1\nstate:\n  store: sqlite\n  persist: on\n");

        using var run = JobRun.Start(Definition, ["--job", job], new Dictionary<string, string>());

        Assert.Equal(PersistPolicy.On, run.Context.PersistPolicy);
    }

    [Fact]
    public void The_orchestration_run_id_comes_from_the_argument_then_the_environment()
    {
        var environment = new Dictionary<string, string> { [RunStateArguments.OrchestrationRunIdVariable] = "from-environment" };
        using (var fromEnvironment = JobRun.Start(Definition, [], environment))
        {
            Assert.Equal("from-environment", fromEnvironment.Context.OrchestrationRunId);
        }

        using (var fromArgument = JobRun.Start(Definition, ["--orchestration-run-id", "774411"], environment))
        {
            Assert.Equal("774411", fromArgument.Context.OrchestrationRunId);
        }

        using var none = JobRun.Start(Definition, [], new Dictionary<string, string>());
        Assert.Null(none.Context.OrchestrationRunId);
    }

    [Fact]
    public void A_second_start_of_a_held_session_is_exit_code_4()
    {
        using var first = JobRun.Start(Definition, [], new Dictionary<string, string>());

        var error = Assert.Throws<JobStartException>(() => JobRun.Start(Definition, [], new Dictionary<string, string>()));

        Assert.Equal(JobRun.ExitStateUnavailable, error.ExitCode);
        Assert.Contains("is already running", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("$$LOAD_DATE", "I2S_PARAM__LOAD_DATE")]
    [InlineData("$InputFile_Customers", "I2S_PARAM_InputFile_Customers")]
    public void Environment_names_match_the_converter(string parameter, string variable)
    {
        Assert.Equal(variable, JobRun.EnvironmentName(parameter));
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private string WriteJob(string yaml)
    {
        var path = Path.Combine(folder, "job.yaml");
        File.WriteAllText(path, yaml);
        return path;
    }
}
