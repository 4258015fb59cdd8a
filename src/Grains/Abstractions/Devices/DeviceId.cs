namespace ResponseCentre.Grains.Abstractions.Devices;

/// <summary>Identifies a device; the same id it uses in its MQTT topics and the key of its <see cref="IDeviceGrain"/>.</summary>
/// <param name="Value">The id, e.g. <c>pendant-0001</c>.</param>
[GenerateSerializer, Immutable, Alias("rc.DeviceId")]
public readonly record struct DeviceId([property: Id(0)] string Value)
{
    /// <inheritdoc />
    public override string ToString() => Value;
}
