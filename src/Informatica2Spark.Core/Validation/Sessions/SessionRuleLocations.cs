using Informatica2Spark.Core.Diagnostics;
using Informatica2Spark.Core.Model;
using Informatica2Spark.Core.Rules;

namespace Informatica2Spark.Core.Validation.Sessions;

/// <summary>Where a session rule's finding points: the session, or one of its instances.</summary>
internal static class SessionRuleLocations
{
    public static SourceLocation Session(SessionInput input) => input.Config.Identity.Location;

    public static SourceLocation Instance(SessionInput input, string instance) =>
        input.Config.Identity.Location with { ObjectPath = ObjectPath.Child(input.Config.Identity.Location.ObjectPath, ObjectPath.Instance, instance) };
}
