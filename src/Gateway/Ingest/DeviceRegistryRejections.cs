using ResponseCentre.Protocol;

namespace ResponseCentre.Gateway.Ingest;

internal static class DeviceRegistryRejections
{
    public static ProtocolRejection Unknown(string deviceId) =>
        new(RejectionReason.UnknownDevice, $"device '{deviceId}' is not registered");
}
