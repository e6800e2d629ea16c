using Informatica2Spark.Core.Emit.Templates;

namespace Informatica2Spark.Core.Emit.Spark;

/// <summary>One output file of a session: the template it is rendered from and its path inside the session's directory.</summary>
public sealed record TemplateEmitter(string Template, Func<JobView, string> RelativePath)
{
    public OutputFile Emit(JobView view, TemplateSet templates) =>
        templates.Render($"{view.Job.Identity.Directory}/{RelativePath(view)}", Template, view);
}

/// <summary>The files every converted session gets, in the order they are listed in docs/job-config.md.</summary>
public static class SessionEmitters
{
    public static IReadOnlyList<TemplateEmitter> All { get; } =
    [
        new("spark-defaults.conf.hbs", _ => "spark-defaults.conf"),
        new("job.yaml.hbs", _ => "job.yaml"),
        new("submit.sh.hbs", _ => "submit.sh"),
        new("driver.csproj.hbs", v => $"driver/{v.Job.Identity.ProjectName}.csproj"),
        new("Program.cs.hbs", _ => "driver/Program.cs"),
        new("mapping.sql.hbs", _ => "mapping.sql"),
        new("REPORT.md.hbs", _ => "REPORT.md"),
    ];

    public static IEnumerable<OutputFile> Emit(JobView view, TemplateSet templates) => All.Select(e => e.Emit(view, templates));
}
