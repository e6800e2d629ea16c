using Informatica2Spark.Core.Emit;

namespace Informatica2Spark.Core.Assessment;

/// <summary><c>assessment.json</c>: the <see cref="Assessment"/> in the one JSON style of every output (<see cref="JsonOutput"/>); schema in docs/assessment.md.</summary>
public static class AssessmentJson
{
    public const string FileName = "assessment.json";

    public static OutputFile Emit(Assessment assessment) => JsonOutput.File(FileName, assessment);
}
