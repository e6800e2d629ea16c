using System.Collections.Concurrent;
using YamlDotNet.Core;
using YamlDotNet.Serialization;

namespace Informatica2Spark.Core.Emit;

/// <summary>
/// A YamlDotNet type inspector that asks reflection once per property for each attribute the serializer looks up
/// (<c>YamlMember</c>, <c>YamlConverter</c>, <c>DefaultValue</c>, ...) and once per type for its properties. YamlDotNet
/// 16 caches the property list but reads a property's attributes again for every value it writes, which made a
/// run's <c>workflow.yaml</c> files cost more in reflection than in writing. Registered on top of the serializer's
/// inspectors, so what it caches is exactly what they answer; thread-safe (the serializers are shared).
/// </summary>
internal sealed class AttributeCachingTypeInspector(ITypeInspector inner) : ITypeInspector
{
    private readonly ConcurrentDictionary<Type, IPropertyDescriptor[]> _properties = new();

    public IEnumerable<IPropertyDescriptor> GetProperties(Type type, object? container) =>
        _properties.GetOrAdd(type, t => [.. inner.GetProperties(t, container).Select(p => new CachingDescriptor(p))]);

    public IPropertyDescriptor GetProperty(Type type, object? container, string name, bool ignoreUnmatched, bool caseInsensitivePropertyMatching) =>
        inner.GetProperty(type, container, name, ignoreUnmatched, caseInsensitivePropertyMatching);

    public string GetEnumName(Type enumType, string name) => inner.GetEnumName(enumType, name);

    public string GetEnumValue(object enumValue) => inner.GetEnumValue(enumValue);

    /// <summary>A property as the inner inspectors describe it, with its attribute lookups and converter type remembered.</summary>
    private sealed class CachingDescriptor(IPropertyDescriptor inner) : IPropertyDescriptor
    {
        private readonly ConcurrentDictionary<Type, Attribute?> _attributes = new();
        private readonly Lazy<Type?> _converterType = new(() => inner.ConverterType);

        public string Name => inner.Name;

        public bool AllowNulls => inner.AllowNulls;

        public bool CanWrite => inner.CanWrite;

        public Type Type => inner.Type;

        public Type? TypeOverride
        {
            get => inner.TypeOverride;
            set => inner.TypeOverride = value;
        }

        public int Order
        {
            get => inner.Order;
            set => inner.Order = value;
        }

        public ScalarStyle ScalarStyle
        {
            get => inner.ScalarStyle;
            set => inner.ScalarStyle = value;
        }

        public bool Required => inner.Required;

        public Type? ConverterType => _converterType.Value;

        public T? GetCustomAttribute<T>() where T : Attribute =>
            (T?)_attributes.GetOrAdd(typeof(T), static (_, descriptor) => descriptor.GetCustomAttribute<T>(), inner);

        public IObjectDescriptor Read(object target) => inner.Read(target);

        public void Write(object target, object? value) => inner.Write(target, value);
    }
}
