using System.Globalization;
using System.Text;

namespace ResponseCentre.EndToEnd.Tests.Security;

/// <summary>Device message payloads as JSON text, valid unless a test changes a field.</summary>
internal static class DevicePayloads
{
    public static byte[] Alarm(string deviceId, string messageId, string kind = "push_button", DateTimeOffset? timestamp = null) =>
        Encoding.UTF8.GetBytes(AlarmJson(deviceId, messageId, kind, timestamp));

    public static string AlarmJson(string deviceId, string messageId, string kind = "push_button", DateTimeOffset? timestamp = null) =>
        $$"""{"deviceId":"{{deviceId}}","messageId":"{{messageId}}","kind":"{{kind}}","timestamp":"{{Iso(timestamp ?? DateTimeOffset.UtcNow)}}"}""";

    public static byte[] Telemetry(string deviceId, string messageId, DateTimeOffset? timestamp = null) =>
        Encoding.UTF8.GetBytes(
            $$$"""{"deviceId":"{{{deviceId}}}","messageId":"{{{messageId}}}","timestamp":"{{{Iso(timestamp ?? DateTimeOffset.UtcNow)}}}","readings":{"temperature":21.5}}""");

    public static byte[] Heartbeat(string deviceId, string messageId, DateTimeOffset? timestamp = null) =>
        Encoding.UTF8.GetBytes(
            $$"""{"deviceId":"{{deviceId}}","messageId":"{{messageId}}","timestamp":"{{Iso(timestamp ?? DateTimeOffset.UtcNow)}}","state":"alive","battery":80}""");

    /// <summary>The same JSON followed by spaces (still valid JSON) up to exactly <paramref name="length"/> bytes.</summary>
    public static byte[] PaddedTo(byte[] json, int length)
    {
        var padded = new byte[length];
        json.CopyTo(padded, 0);
        padded.AsSpan(json.Length).Fill((byte)' ');
        return padded;
    }

    public static string Iso(DateTimeOffset timestamp) => timestamp.ToString("O", CultureInfo.InvariantCulture);
}
