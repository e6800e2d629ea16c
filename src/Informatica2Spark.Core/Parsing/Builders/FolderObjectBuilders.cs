using Informatica2Spark.Core.Model;

namespace Informatica2Spark.Core.Parsing.Builders;

/// <summary>The one registry of top-level folder elements and the builder that turns each into a model object.</summary>
internal static class FolderObjectBuilders
{
    private static readonly Dictionary<string, Func<RawElement, IModelObject>> Builders = new(StringComparer.Ordinal)
    {
        ["SOURCE"] = SourceTargetBuilder.Source,
        ["TARGET"] = SourceTargetBuilder.Target,
        ["TRANSFORMATION"] = TransformationBuilder.Transformation,
        ["MAPPLET"] = MappingBuilder.Mapplet,
        ["MAPPING"] = MappingBuilder.Mapping,
        ["SHORTCUT"] = MappingBuilder.Shortcut,
        ["CONFIG"] = SessionBuilder.Config,
        ["SCHEDULER"] = WorkflowBuilder.Scheduler,
        ["TASK"] = WorkflowBuilder.Task,
        ["SESSION"] = SessionBuilder.Session,
        ["WORKLET"] = WorkflowBuilder.Worklet,
        ["WORKFLOW"] = WorkflowBuilder.Workflow,
        ["EXPRMACRO"] = TransformationBuilder.Macro,
    };

    public static bool IsFolderObject(string elementName) => Builders.ContainsKey(elementName);

    public static IModelObject Build(RawElement element) => Builders[element.Name](element);
}
