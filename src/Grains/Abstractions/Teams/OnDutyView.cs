namespace ResponseCentre.Grains.Abstractions.Teams;

/// <summary>Who in a team is on duty at a moment.</summary>
/// <param name="Team">The team.</param>
/// <param name="OnDuty">Members on duty, responders and leads, in roster order.</param>
/// <param name="Leads">The team's leads, whether on duty or not: the escalation target.</param>
[GenerateSerializer, Immutable, Alias("rc.OnDutyView")]
public sealed record OnDutyView(
    [property: Id(0)] TeamId Team,
    [property: Id(1)] IReadOnlyList<TeamMember> OnDuty,
    [property: Id(2)] IReadOnlyList<TeamMember> Leads);
