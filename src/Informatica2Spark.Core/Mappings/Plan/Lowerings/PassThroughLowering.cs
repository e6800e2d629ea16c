namespace Informatica2Spark.Core.Mappings.Plan.Lowerings;

/// <summary>
/// A mapplet's Input and Output transformations (DG: Mapplets > Mapplet Input and Output): the boundary of an expanded
/// mapplet, passing each port's value through unchanged.
/// </summary>
public sealed class PassThroughLowering : ITransformationLowering
{
    public IReadOnlyList<string> Types { get; } = ["Input Transformation", "Output Transformation"];

    public IReadOnlyDictionary<string, PortValue> Lower(LoweringContext context) =>
        context.Inputs.ToDictionary(i => i.Key, i => i.Value, StringComparer.OrdinalIgnoreCase);
}
