using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Informatica2Spark.Testing.Spark;

/// <summary>The outcome of compiling generated sources: every warning or error, and the Microsoft.Spark members they use.</summary>
public sealed record DriverCompilation(IReadOnlyList<string> Problems, IReadOnlySet<string> SparkMembers)
{
    public bool Succeeded => Problems.Count == 0;
}

/// <summary>
/// Compiles generated driver code with Roslyn as its project would: C# 12, nullable enabled, every warning an error,
/// against the running .NET's assemblies, the compile-only Microsoft.Spark declaration and any extra references.
/// </summary>
public static class DriverCompiler
{
    // Assembly version unification notes, which the .NET SDK silences in every project too.
    private static readonly string[] Silenced = ["CS1701", "CS1702"];

    private static readonly Lazy<IReadOnlyList<MetadataReference>> Platform = new(() =>
        [.. ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => !Path.GetFileName(p).StartsWith("Informatica2Spark.", StringComparison.Ordinal) && !Path.GetFileName(p).Equals("Microsoft.Spark.dll", StringComparison.Ordinal))
            .Select(p => MetadataReference.CreateFromFile(p))]);

    public static Assembly SparkDeclaration => typeof(Microsoft.Spark.Sql.SparkSession).Assembly;

    /// <summary>Compiles <paramref name="sources"/>; several drivers at once compile as a library (each has its own Main).</summary>
    public static DriverCompilation Compile(
        IEnumerable<(string Path, string Text)> sources, IEnumerable<MetadataReference>? extraReferences = null, OutputKind kind = OutputKind.ConsoleApplication)
    {
        var compilation = Create("GeneratedDriver", sources, [MetadataReference.CreateFromFile(SparkDeclaration.Location), .. extraReferences ?? []], kind);
        return new DriverCompilation(Problems(compilation), SparkMembersUsed(compilation, compilation.SyntaxTrees));
    }

    /// <summary>
    /// Compiles a library from sources (the run-state library as <c>i2s convert</c> writes it under <c>_runtime</c>) and
    /// returns it as a reference for drivers, or the problems that stop it.
    /// </summary>
    public static (MetadataReference? Reference, IReadOnlyList<string> Problems) Library(string name, IEnumerable<(string Path, string Text)> sources, IEnumerable<Assembly> references)
    {
        var compilation = Create(name, sources, [.. references.Select(a => MetadataReference.CreateFromFile(a.Location))], OutputKind.DynamicallyLinkedLibrary);
        var problems = Problems(compilation);
        return (problems.Count == 0 ? compilation.ToMetadataReference() : null, problems);
    }

    /// <summary>C# 12, nullable enabled, every warning an error, against the running .NET's assemblies and <paramref name="references"/>.</summary>
    private static CSharpCompilation Create(string name, IEnumerable<(string Path, string Text)> sources, IEnumerable<MetadataReference> references, OutputKind kind)
    {
        var parse = new CSharpParseOptions(LanguageVersion.CSharp12);
        return CSharpCompilation.Create(
            name,
            sources.Select(s => CSharpSyntaxTree.ParseText(s.Text, parse, s.Path)),
            [.. Platform.Value, .. references],
            new CSharpCompilationOptions(kind, nullableContextOptions: NullableContextOptions.Enable, generalDiagnosticOption: ReportDiagnostic.Error)
                .WithSpecificDiagnosticOptions(Silenced.ToDictionary(id => id, _ => ReportDiagnostic.Suppress)));
    }

    /// <summary>Every warning or error, one line each: <c>path(line,col): CS####: message</c>.</summary>
    private static List<string> Problems(CSharpCompilation compilation) =>
        [.. compilation.GetDiagnostics()
            .Where(d => d.Severity >= DiagnosticSeverity.Warning || d.IsWarningAsError)
            .Select(d => $"{d.Location.GetLineSpan()}: {d.Id}: {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}")];

    /// <summary>Every public member the compile-only Microsoft.Spark declares, as <see cref="Signature"/> writes it.</summary>
    public static IReadOnlySet<string> DeclaredMembers() =>
        SparkDeclaration.GetExportedTypes()
            .SelectMany(t => t.GetMembers(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .OfType<MethodInfo>()
            .Select(m => $"{m.DeclaringType!.FullName}.{m.Name}({string.Join(", ", m.GetParameters().Select(p => TypeName(p.ParameterType)))})")
            .ToHashSet(StringComparer.Ordinal);

    /// <summary><c>Namespace.Type.Member(parameter types)</c> with C# keywords for BCL types, as <see cref="DeclaredMembers"/> writes it.</summary>
    public static string Signature(IMethodSymbol method) =>
        $"{method.ContainingType.ToDisplayString()}.{method.Name}({string.Join(", ", method.Parameters.Select(p => TypeName(p.Type)))})";

    private static HashSet<string> SparkMembersUsed(CSharpCompilation compilation, IEnumerable<SyntaxTree> trees)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var tree in trees)
        {
            var model = compilation.GetSemanticModel(tree);
            foreach (var node in tree.GetRoot().DescendantNodes())
            {
                if (model.GetSymbolInfo(node).Symbol is IMethodSymbol method && method.ContainingAssembly?.Name == "Microsoft.Spark")
                {
                    used.Add(Signature(method.ReducedFrom ?? method));
                }
            }
        }

        return used;
    }

    private static string TypeName(ITypeSymbol type) => type.ToDisplayString();

    private static string TypeName(Type type) => type switch
    {
        { IsArray: true } => TypeName(type.GetElementType()!) + "[]",
        _ when type == typeof(string) => "string",
        _ when type == typeof(int) => "int",
        _ when type == typeof(long) => "long",
        _ when type == typeof(bool) => "bool",
        _ when type == typeof(double) => "double",
        _ when type == typeof(object) => "object",
        _ => type.FullName!,
    };
}
