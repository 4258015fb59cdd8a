namespace ResponseCentre.Grains.Abstractions.Teams;

/// <summary>A person in a team.</summary>
/// <param name="Staff">Who.</param>
/// <param name="Name">Their name as shown to operators.</param>
/// <param name="Role">Responder or lead.</param>
[GenerateSerializer, Immutable, Alias("rc.TeamMember")]
public sealed record TeamMember([property: Id(0)] StaffId Staff, [property: Id(1)] string Name, [property: Id(2)] TeamRole Role);
