using System;
using System.Text.Json;

namespace Informatica2Spark.Runtime;

/// <summary>The default convertor, <c>json</c>: System.Text.Json text of the value for its declared type.</summary>
public sealed class JsonValueConvertor : IValueConvertor
{
    public const string ConvertorName = "json";

    public string Name => ConvertorName;

    public string? Write(object? value, Type type) => value is null ? null : JsonSerializer.Serialize(value, type);

    public object? Read(string? text, Type type) => text is null ? null : JsonSerializer.Deserialize(text, type);
}
