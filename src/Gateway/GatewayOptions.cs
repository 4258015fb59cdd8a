namespace ResponseCentre.Gateway;

/// <summary>Where devices connect.</summary>
public enum GatewayMode
{
    /// <summary>An MQTT broker inside this process (MQTTnet); the default, nothing else to run.</summary>
    EmbeddedBroker,

    /// <summary>
    /// Devices connect to an external broker (Mosquitto); gateway nodes share one subscription to
    /// their events, so several nodes split the load and a node that is down gets its messages when it returns.
    /// </summary>
    ExternalBroker,
}

/// <summary>The device gateway. Configuration section <c>Gateway</c>.</summary>
public sealed class GatewayOptions
{
    public const string Section = "Gateway";

    public GatewayMode Mode { get; set; } = GatewayMode.EmbeddedBroker;
}
