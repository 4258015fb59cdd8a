using ResponseCentre.Grains.Abstractions.Incidents;
using ResponseCentre.Grains.Abstractions.Residents;
using ResponseCentre.Grains.Abstractions.Teams;

namespace ResponseCentre.Grains.Incidents;

[GenerateSerializer, Alias("rc.IncidentState")]
public sealed class IncidentState
{
    [Id(0)] public IncidentView? View { get; set; }

    /// <summary>The resident as routing saw them when the incident opened.</summary>
    [Id(1)] public ResidentProfile? Resident { get; set; }

    [Id(2)] public List<TimelineEntry> Timeline { get; set; } = [];

    /// <summary>Staff who declined; escalation does not ask them again.</summary>
    [Id(3)] public List<StaffId> Declined { get; set; } = [];
}
