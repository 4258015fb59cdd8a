using System.Text.Json.Serialization;

namespace ResponseCentre.Protocol;

/// <summary>Source-generated JSON for the wire records: camelCase names, no reflection at run time.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    RespectRequiredConstructorParameters = true,
    RespectNullableAnnotations = true)]
[JsonSerializable(typeof(AlarmEventMessage))]
[JsonSerializable(typeof(AckMessage))]
[JsonSerializable(typeof(Telemetry.TelemetryMessage))]
[JsonSerializable(typeof(bool))]
[JsonSerializable(typeof(double))]
public sealed partial class ProtocolJsonContext : JsonSerializerContext;
