using ResponseCentre.Protocol;

namespace ResponseCentre.Gateway.Ingest;

/// <summary>Where acknowledgements to devices go: the embedded broker, or the external broker the gateway subscribes to.</summary>
internal interface IDeviceAckChannel
{
    Task SendAsync(string deviceId, AckMessage ack);
}
