using MQTTnet;

namespace ResponseCentre.DevicesSim.Devices;

/// <summary>The broker answered the CONNECT with a refusal (unknown device, wrong secret): not a network problem.</summary>
internal sealed class ConnectionRefusedException(string deviceId, MqttClientConnectResultCode code, string? reason)
    : Exception($"the broker refused {deviceId}'s connection: CONNACK {code} (0x{(int)code:X2}){(string.IsNullOrEmpty(reason) ? "" : $", {reason}")}; check the device id and its secret (--secret)");
