using System.Diagnostics.Metrics;

namespace ResponseCentre.Gateway.Connections;

/// <summary>Connections the broker holds now, and those it closed before their CONNECT, by reason.</summary>
internal sealed class ConnectionMetrics
{
    private readonly Counter<long> _dropped;

    public ConnectionMetrics(IMeterFactory meters, ConnectionAdmission admission)
    {
        var meter = meters.Create(GatewayMetrics.MeterName);
        _dropped = meter.CreateCounter<long>("responsecentre.gateway.connections_dropped", "{connection}",
            "Connections closed before or while sending their CONNECT, by reason (limits, timeout, oversized or non-MQTT packets).");
        meter.CreateObservableGauge("responsecentre.gateway.connections", () => new[]
        {
            new Measurement<int>(admission.Pending, new KeyValuePair<string, object?>("state", "pending")),
            new Measurement<int>(admission.Established, new KeyValuePair<string, object?>("state", "established")),
        }, "{connection}", "Broker connections: waiting for their CONNECT (pending) and past it (established).");
    }

    public void Dropped(string reason) => _dropped.Add(1, new KeyValuePair<string, object?>("reason", reason));
}
