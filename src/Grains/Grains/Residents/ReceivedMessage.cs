using ResponseCentre.Grains.Abstractions.Devices;
using ResponseCentre.Grains.Abstractions.Incidents;

namespace ResponseCentre.Grains.Residents;

/// <summary>A device message already turned into an incident, remembered so a redelivery is recognised.</summary>
[GenerateSerializer, Immutable, Alias("rc.ReceivedMessage")]
public sealed record ReceivedMessage(
    [property: Id(0)] DeviceId Device,
    [property: Id(1)] string DeviceMessageId,
    [property: Id(2)] IncidentId Incident);
