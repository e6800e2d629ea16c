using Informatica2Spark.Core.Diagnostics;
using Informatica2Spark.Core.Rules;

namespace Informatica2Spark.Core.Conversion;

/// <summary>The validator's findings on one session: semantic, compatibility and security rules.</summary>
internal static class SessionFindings
{
    public static IReadOnlyList<Diagnostic> Of(SessionInput input) => Validation.Sessions.SessionRules.Run(input);
}
