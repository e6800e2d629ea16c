using Informatica2Spark.Core.Conversion;

namespace Informatica2Spark.Cli.Workspace;

/// <summary>
/// What <c>i2s init</c> writes: the directories of a workspace and the text of its <c>i2s.yaml</c> (every setting at
/// its default, each with a comment; schema in docs/workspace.md) and of its example <c>connections.yaml</c> (the
/// catalog format of docs/connections.md: one empty environment, so it loads clean, and a commented entry per kind).
/// </summary>
internal static class WorkspaceLayout
{
    public const string Exports = "exports";

    public const string Params = "params";

    public const string Templates = "templates";

    public const string State = "state";

    public const string Out = "out";

    public const string Connections = "connections.yaml";

    /// <summary>The SQLite run-state store of the workspace, relative to its directory.</summary>
    public const string StateFile = State + "/i2s-state.db";

    /// <summary>The directories created, in order.</summary>
    public static IReadOnlyList<string> Directories { get; } = [Exports, Params, Templates, State, Out];

    public static string Settings => $$"""
        # i2s workspace settings (docs/workspace.md). Every i2s command run in this directory or below it reads this
        # file; each key is the command-line option of the same name, and an option given on the command line wins.
        # Paths are relative to this file's directory. A key left empty keeps the option's own default.

        # The exports converted when no path is given: files, or directories searched for *.xml.
        exports:
          - {{Exports}}
        # The output directory, replaced as a whole by each convert; i2s status reads its i2s-manifest.json.
        out: {{Out}}
        # The connection catalog (docs/connections.md) the jobs' data sources come from. Set it to {{Connections}} once
        # that file lists the connections of the exports: a connection the catalog lacks is an error (I2S0407).
        connections:
        # The catalog environment (empty: I2S_ENV, then the catalog's default).
        env:
        # Where the parameter files that sessions and workflows name are found.
        param-dir: {{Params}}
        # Parameter files of the run that replace the ones sessions name, read as one in this order (a later line wins).
        param-file: []
        # The cluster jobs are sized for: small, medium or large, or a cluster profile file (docs/optimizer.md).
        cluster: {{Core.Optimization.ClusterProfiles.Default.Name}}
        # The Spark version jobs are generated for: {{string.Join(", ", SparkPlatforms.Versions)}}.
        spark-version: "{{SparkPlatforms.DefaultSparkVersion}}"
        # The orchestrator workflows are generated for: airflow, databricks or none.
        orchestrator: none
        # Templates that replace the built-in ones by file name; i2s init copies the built-in ones here to edit.
        templates: {{Templates}}
        # A target load not translated yet is a warning (warn) or an error that fails the conversion (error).
        unsupported: warn
        # How many sessions convert at once (empty: the number of processors).
        max-parallel:
        # The run-state store generated jobs record their runs in, and i2s status reads the last runs from.
        state:
          # sqlite (an embedded file, for local runs), postgres (shared, for orchestrated runs) or none.
          store: sqlite
          # sqlite: the database file.
          path: {{StateFile}}
          # postgres: a secret reference (env:NAME, file:PATH or akv://VAULT/SECRET) to the connection string.
          connection:
          # postgres: the schema of the run-state tables (empty: the search path).
          schema:

        """.ReplaceLineEndings("\n");

    public static string ConnectionsExample => """
        # Connection catalog (docs/connections.md): each Informatica connection name the exports use, per environment,
        # mapped to a Spark data source. Passwords are references only (env:NAME, file:PATH, akv://VAULT/SECRET).
        default: dev
        environments:
          dev: {}
          # Replace "dev: {}" above with the connections of the environment, for example:
          # dev:
          #   DWH_ORACLE:                     # the connection name in the export (compared case-insensitively)
          #     type: oracle
          #     host: dwh-dev.example.internal
          #     port: 1521
          #     service: DWHDEV
          #     user: dwh_loader
          #     password: env:DWH_ORACLE_PASSWORD
          #   STAGE_PG:
          #     type: postgresql
          #     url: jdbc:postgresql://pg-dev.example.internal:5432/stage
          #     user: stage_writer
          #     password: file:/run/secrets/stage-pg
          #   ARCHIVE_FILES:                  # a file or FTP connection: files go under this path
          #     type: file
          #     path: s3a://archive-dev/sales
          #     format: parquet
          # prod:
          #   DWH_ORACLE:
          #     type: oracle
          #     url: jdbc:oracle:thin:@//dwh.example.internal:1521/DWH
          #     user: dwh_loader
          #     password: akv://kv-dwh-prod/dwh-loader-password
        # Windows directories of the Integration Service mapped to the paths the cluster reads them under:
        # directories:
        #   'C:\ETL\SrcFiles': /data/etl/src

        """.ReplaceLineEndings("\n");
}
