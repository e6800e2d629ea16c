namespace Informatica2Spark.Core.Workflows.Tasks;

/// <summary>An Email task: "Email User Name" (recipients), "Email Subject", "Email Text" (WBG: Sending Email, Email Task).</summary>
public sealed class EmailTask : ITaskReader
{
    public IReadOnlyList<string> Types => ["Email"];

    public TaskKind Kind => TaskKind.Email;

    public TaskAction Read(TaskReadContext context) =>
        new EmailAction(Blank(context.Attribute("Email User Name")), Blank(context.Attribute("Email Subject")), Blank(context.Attribute("Email Text")));

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
