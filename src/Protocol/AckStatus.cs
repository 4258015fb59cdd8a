using System.Text.Json.Serialization;

namespace ResponseCentre.Protocol;

/// <summary>What an acknowledgement tells the device.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<AckStatus>))]
public enum AckStatus
{
    /// <summary><c>received</c>: the event is stored and an incident is open.</summary>
    [JsonStringEnumMemberName("received")] Received = 1,

    /// <summary><c>rejected</c>: the event was refused; <see cref="AckMessage.Reason"/> says why. Resending it unchanged will not help.</summary>
    [JsonStringEnumMemberName("rejected")] Rejected,
}
