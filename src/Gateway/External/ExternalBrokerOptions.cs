using System.ComponentModel.DataAnnotations;

namespace ResponseCentre.Gateway.External;

/// <summary>The external broker a gateway node subscribes to. Configuration section <c>Gateway:ExternalBroker</c>.</summary>
public sealed class ExternalBrokerOptions
{
    public const string Section = "Gateway:ExternalBroker";

    [Required]
    public string Host { get; set; } = "localhost";

    [Range(1, 65535)]
    public int Port { get; set; } = 1883;

    /// <summary>
    /// This node's MQTT client id. Required, and it must stay the same across restarts of the node:
    /// the broker keeps the node's session (and the alarms queued for it) under this id.
    /// </summary>
    [Required]
    public string ClientId { get; set; } = "";

    /// <summary>The shared-subscription group all gateway nodes join (default <c>responsecentre</c>).</summary>
    [Required]
    public string ShareGroup { get; set; } = "responsecentre";

    /// <summary>How long the broker keeps a node's session while it is away (default one day).</summary>
    public TimeSpan SessionExpiry { get; set; } = TimeSpan.FromDays(1);

    public string? Username { get; set; }

    public string? Password { get; set; }

    /// <summary>The topic filters of the shared subscription: alarm events, sensor readings, heartbeats, zigbee2mqtt device states.</summary>
    public IReadOnlyList<string> SharedFilters =>
    [
        $"$share/{ShareGroup}/{Protocol.Topics.AllDeviceEvents}",
        $"$share/{ShareGroup}/{Protocol.Topics.AllDeviceTelemetry}",
        $"$share/{ShareGroup}/{Protocol.Topics.AllDeviceStatus}",
        $"$share/{ShareGroup}/{Protocol.Zigbee2Mqtt.Zigbee2MqttTopics.AllDevices}",
    ];
}
