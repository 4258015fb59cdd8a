namespace ResponseCentre.Grains.Abstractions.Incidents;

/// <summary>One timestamped, attributed line of an incident's timeline.</summary>
/// <param name="At">When, by the centre's clock.</param>
/// <param name="Event">What happened.</param>
/// <param name="Actor">Who did it.</param>
/// <param name="Detail">Particulars in words: who was notified, the outcome, the deadline.</param>
[GenerateSerializer, Immutable, Alias("rc.TimelineEntry")]
public sealed record TimelineEntry(
    [property: Id(0)] DateTimeOffset At,
    [property: Id(1)] IncidentEvent Event,
    [property: Id(2)] Actor Actor,
    [property: Id(3)] string? Detail);
