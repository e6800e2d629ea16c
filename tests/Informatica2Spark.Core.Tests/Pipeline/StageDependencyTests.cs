using System.Reflection;
using Informatica2Spark.Core.Pipeline;
using Informatica2Spark.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;

namespace Informatica2Spark.Core.Tests.Pipeline;

/// <summary>
/// The stages of Core depend one way: each folder of <c>src/Informatica2Spark.Core</c> is a stage with the namespace
/// of its name, and docs/architecture.md lists the stages in order with every stage each one uses. Checked on Core's
/// sources with Roslyn's semantic model, so a type used through a qualified name, an extension method or a
/// <c>using static</c> counts as much as one named after a <c>using</c>.
/// </summary>
public sealed class StageDependencyTests
{
    private const string Prefix = "Informatica2Spark.Core.";

    private static string CoreSources => Path.Combine(RepositoryPaths.Root, "src", "Informatica2Spark.Core");

    [Fact]
    public void Every_folder_of_Core_is_a_documented_stage()
    {
        var folders = Directory.EnumerateDirectories(CoreSources).Select(Path.GetFileName).Where(f => f is not ("bin" or "obj")).Order(StringComparer.Ordinal);
        Assert.Equal(Documented.Value.Select(s => s.Stage).Order(StringComparer.Ordinal), folders);
    }

    [Fact]
    public void Each_file_declares_the_namespace_of_its_stage()
    {
        var misplaced = Trees.Value.SelectMany(t => t.GetRoot().DescendantNodes().OfType<BaseNamespaceDeclarationSyntax>()
                .Where(n => StageOf(n.Name.ToString()) != StageOfFile(t.FilePath))
                .Select(n => $"{Relative(t.FilePath)}: namespace {n.Name}"))
            .ToList();
        Assert.Empty(misplaced);
    }

    [Fact]
    public void Each_stage_uses_only_stages_documented_before_it()
    {
        var order = Documented.Value.Select(s => s.Stage).ToList();
        var backward = Documented.Value.SelectMany(s => s.Uses.Where(u => order.IndexOf(u) < 0 || order.IndexOf(u) >= order.IndexOf(s.Stage)).Select(u => $"{s.Stage} uses {u}"));
        Assert.Empty(backward);
    }

    [Fact]
    public void The_documented_dependencies_are_the_ones_in_the_code()
    {
        var documented = Documented.Value.SelectMany(s => s.Uses.Select(u => (s.Stage, u))).ToHashSet();
        var actual = Uses.Value.ToDictionary(u => (u.From, u.To), u => u.Example);
        var problems = actual.Where(u => !documented.Contains(u.Key)).Select(u => $"{u.Key.From} uses {u.Key.To}, not in docs/architecture.md: {u.Value}")
            .Concat(documented.Where(d => !actual.ContainsKey(d)).Select(d => $"{d.Item1} does not use {d.Item2}: remove it from docs/architecture.md"))
            .ToList();
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    /// <summary>The stage table of docs/architecture.md (<c>| # | stage | uses |</c>), in its order.</summary>
    private static readonly Lazy<IReadOnlyList<(string Stage, IReadOnlyList<string> Uses)>> Documented = new(() =>
    {
        var lines = File.ReadAllLines(Path.Combine(RepositoryPaths.Root, "docs", "architecture.md"));
        var start = Array.FindIndex(lines, l => l.Replace(" ", string.Empty, StringComparison.Ordinal) == "|#|stage|uses|");
        Assert.True(start >= 0, "docs/architecture.md has no stage table (| # | stage | uses |)");
        return
        [
            .. lines.Skip(start + 2).TakeWhile(l => l.StartsWith('|')).Select(l => l.Split('|', StringSplitOptions.TrimEntries))
                .Select(cells => (cells[2], (IReadOnlyList<string>)(cells[3] == "none" ? [] : cells[3].Split(',', StringSplitOptions.TrimEntries)))),
        ];
    });

    private static readonly CSharpParseOptions Parse = new(LanguageVersion.Preview);

    private static readonly Lazy<IReadOnlyList<SyntaxTree>> Trees = new(() =>
    [
        .. Directory.EnumerateFiles(CoreSources, "*.cs", SearchOption.AllDirectories)
            .Where(f => !Relative(f).StartsWith("bin/", StringComparison.Ordinal) && !Relative(f).StartsWith("obj/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(f => CSharpSyntaxTree.ParseText(File.ReadAllText(f), Parse, f)),
    ]);

    /// <summary>Every (stage, used stage) pair with the first place it occurs.</summary>
    private static readonly Lazy<IReadOnlyList<(string From, string To, string Example)>> Uses = new(() =>
    {
        // The implicit usings of the SDK (ImplicitUsings=enable), which the build adds to every file of Core.
        var implicitUsings = CSharpSyntaxTree.ParseText(
            "global using System; global using System.Collections.Generic; global using System.IO; global using System.Linq; "
            + "global using System.Net.Http; global using System.Threading; global using System.Threading.Tasks;", Parse);
        var compilation = CSharpCompilation.Create(
            "CoreStages", [.. Trees.Value, implicitUsings], References(), new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

        var uses = new Dictionary<(string, string), string>();
        var errors = new List<string>();
        foreach (var tree in Trees.Value)
        {
            var from = StageOfFile(tree.FilePath);
            var model = compilation.GetSemanticModel(tree);

            // Only [GeneratedRegex] methods lack their bodies here (no source generator runs); any other error would hide uses.
            errors.AddRange(model.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error && d.Id != "CS8795").Select(d => d.ToString()));
            foreach (var name in tree.GetRoot().DescendantNodes().OfType<SimpleNameSyntax>())
            {
                var info = model.GetSymbolInfo(name);
                foreach (var symbol in info.Symbol is { } s ? [s] : info.CandidateSymbols)
                {
                    if (StageOf(NamespaceOf(symbol)) is { } to && to != from)
                    {
                        uses.TryAdd((from, to), $"{Relative(tree.FilePath)}:{name.GetLocation().GetLineSpan().StartLinePosition.Line + 1} names {symbol.ToDisplayString()}");
                    }
                }
            }
        }

        Assert.Empty(errors);
        return [.. uses.Select(u => (u.Key.Item1, u.Key.Item2, u.Value))];
    });

    private static IEnumerable<MetadataReference> References()
    {
        var core = typeof(ConversionRun).Assembly;
        var platform = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => !Path.GetFileName(p).StartsWith("Informatica2Spark.", StringComparison.Ordinal));
        var referenced = core.GetReferencedAssemblies().Select(Assembly.Load).Select(a => a.Location)
            .Where(p => Path.GetFileName(p).StartsWith("Informatica2Spark.", StringComparison.Ordinal) || !platform.Contains(p));
        return [.. platform.Concat(referenced).Distinct().Select(p => MetadataReference.CreateFromFile(p))];
    }

    private static string? NamespaceOf(ISymbol symbol) => symbol switch
    {
        INamespaceSymbol ns => ns.ToDisplayString(),
        IMethodSymbol { ReducedFrom: { } extension } => extension.ContainingNamespace?.ToDisplayString(),
        _ => (symbol as ITypeSymbol ?? symbol.ContainingType)?.ContainingNamespace?.ToDisplayString() ?? symbol.ContainingNamespace?.ToDisplayString(),
    };

    /// <summary>The stage of a namespace of Core (<c>Informatica2Spark.Core.Emit.Spark</c> is Emit), or null outside Core.</summary>
    private static string? StageOf(string? ns) =>
        ns is not null && ns.StartsWith(Prefix, StringComparison.Ordinal) ? ns[Prefix.Length..].Split('.')[0] : null;

    private static string StageOfFile(string path) => Relative(path).Split('/')[0];

    private static string Relative(string path) => Path.GetRelativePath(CoreSources, path).Replace('\\', '/');
}
