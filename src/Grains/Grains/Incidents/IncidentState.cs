using ResponseCentre.Grains.Abstractions.Incidents;

namespace ResponseCentre.Grains.Incidents;

[GenerateSerializer, Alias("rc.IncidentState")]
public sealed class IncidentState
{
    [Id(0)] public IncidentView? View { get; set; }
}
