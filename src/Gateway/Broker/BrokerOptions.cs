using System.ComponentModel.DataAnnotations;

namespace ResponseCentre.Gateway.Broker;

/// <summary>The embedded MQTT broker devices connect to. Configuration section <c>Gateway:Broker</c>.</summary>
public sealed class BrokerOptions
{
    public const string Section = "Gateway:Broker";

    /// <summary>The TCP port for MQTT (default 1883, the standard unencrypted MQTT port).</summary>
    [Range(1, 65535)]
    public int Port { get; set; } = 1883;

    /// <summary>The address to listen on (default any IPv4 address, so devices on the network can reach it).</summary>
    [Required]
    public string BindAddress { get; set; } = "0.0.0.0";

    /// <summary>Bridges (zigbee2mqtt) allowed to publish on zigbee2mqtt's topics for the devices behind them.</summary>
    public List<Security.BridgeAccount> Bridges { get; set; } = [];

    /// <summary>The optional TLS endpoint, with or without device certificates.</summary>
    public Security.BrokerTlsOptions Tls { get; set; } = new();
}
