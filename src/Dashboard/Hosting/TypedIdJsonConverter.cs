using System.Text.Json;
using System.Text.Json.Serialization;

namespace ResponseCentre.Dashboard.Hosting;

/// <summary>Writes a typed id as its plain string, so browsers see <c>"oslo-r-0001"</c>, not an object.</summary>
internal sealed class TypedIdJsonConverter<TId>(Func<string, TId> create, Func<TId, string> toValue) : JsonConverter<TId>
{
    public override TId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        create(reader.GetString() ?? throw new JsonException($"A {typeof(TId).Name} cannot be null."));

    public override void Write(Utf8JsonWriter writer, TId value, JsonSerializerOptions options) =>
        writer.WriteStringValue(toValue(value));
}
