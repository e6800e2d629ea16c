using System.CommandLine;
using System.CommandLine.Parsing;

namespace Informatica2Spark.Cli.Options;

/// <summary>
/// The one check every path-valued option and argument declares: an empty value (an unset variable in a script, say)
/// is a usage error naming the option, <c>i2s: --out: the path is empty</c>, before anything reads or converts it.
/// </summary>
internal static class PathValues
{
    /// <summary>Marks <paramref name="option"/> as taking paths: an empty one is a usage error.</summary>
    public static Option<T> IsPath<T>(this Option<T> option)
    {
        option.Validators.Insert(0, result => Check(result.Tokens, option.Name, result.AddError));
        return option;
    }

    /// <summary>Marks <paramref name="argument"/> as taking paths: an empty one is a usage error.</summary>
    public static Argument<T> IsPath<T>(this Argument<T> argument)
    {
        argument.Validators.Insert(0, result => Check(result.Tokens, $"<{argument.Name}>", result.AddError));
        return argument;
    }

    /// <summary>Whether a token of <paramref name="tokens"/> is empty (or only spaces), which no path can be.</summary>
    public static bool AnyEmpty(IReadOnlyList<Token> tokens) => tokens.Any(t => string.IsNullOrWhiteSpace(t.Value));

    private static void Check(IReadOnlyList<Token> tokens, string name, Action<string> error)
    {
        if (AnyEmpty(tokens))
        {
            error($"{name}: the path is empty");
        }
    }
}
