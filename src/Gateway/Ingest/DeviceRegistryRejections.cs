using ResponseCentre.Protocol;

namespace ResponseCentre.Gateway.Ingest;

internal static class DeviceRegistryRejections
{
    public static ProtocolRejection Unknown(string deviceId) =>
        new(RejectionReason.UnknownDevice, $"device '{deviceId}' is not registered");

    // Unregistered and registered elsewhere read the same, so a bridge cannot probe other tenants' device ids.
    public static ProtocolRejection NotBehindBridge(string deviceId, string bridge) =>
        new(RejectionReason.ForeignTopic, $"no device '{deviceId}' is registered behind bridge '{bridge}'; a bridge speaks only for its own devices");
}
