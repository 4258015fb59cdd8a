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

    /// <summary><c>help_coming</c>: a responder accepted the incident; the device may tell the resident help is on the way.</summary>
    [JsonStringEnumMemberName("help_coming")] HelpComing,

    /// <summary><c>cancelled</c>: the resident's cancel closed the incident named in <see cref="AckMessage.IncidentId"/>.</summary>
    [JsonStringEnumMemberName("cancelled")] Cancelled,
}
