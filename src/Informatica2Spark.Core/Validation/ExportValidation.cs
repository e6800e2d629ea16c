using Informatica2Spark.Core.Diagnostics;
using Informatica2Spark.Core.Inputs;
using Informatica2Spark.Core.Parsing;
using Informatica2Spark.Core.Validation.References;

namespace Informatica2Spark.Core.Validation;

/// <summary>What <c>i2s validate</c> found: the files read and every diagnostic, in the one stable order.</summary>
public sealed record ValidationReport(IReadOnlyList<string> Files, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>Some input could not be read as XML at all.</summary>
    public bool HasUnreadableInput => Diagnostics.Any(d => d.IsUnreadableInput());

    public int Count(Severity severity) => Diagnostics.Count(d => d.Severity == severity);

    /// <summary>Whether any finding is at or above <paramref name="threshold"/> (null: never).</summary>
    public bool HasFindingsAtOrAbove(Severity? threshold) => Diagnostics.AnyAtOrAbove(threshold);
}

/// <summary>The entry point of <c>i2s validate</c>: schema and references of each export, streamed.</summary>
public static class ExportValidation
{
    public static ValidationReport Run(IReadOnlyList<ExportInput> inputs, ExportReaderOptions? options = null)
    {
        var diagnostics = new DiagnosticBag();
        foreach (var input in inputs)
        {
            diagnostics.AddRange(ValidateOne(input, options));
        }

        return new ValidationReport(inputs.Select(i => i.DisplayPath).ToList(), diagnostics.Sorted());
    }

    private static IReadOnlyList<Diagnostic> ValidateOne(ExportInput input, ExportReaderOptions? options)
    {
        var bag = new DiagnosticBag();
        var builder = new ReferenceIndexBuilder(input.DisplayPath);
        if (InputOpener.Read(input, stream => ExportReader.Read(stream, input.DisplayPath, builder, options), bag) is not { IsReadable: true })
        {
            return bag.Items;
        }

        foreach (var rule in ReferenceRules.All)
        {
            rule.Check(builder.Index, bag);
        }

        return bag.Items;
    }
}
