using Orleans.Concurrency;

namespace ResponseCentre.Grains.Abstractions.Teams;

/// <summary>One team: who is in it and when they work. Keyed by <see cref="TeamId"/>.</summary>
[Alias("rc.ITeamGrain")]
public interface ITeamGrain : IGrainWithStringKey
{
    /// <summary>Registers or replaces the team. Throws <see cref="ArgumentException"/> naming the bad field.</summary>
    [Alias("Define")]
    Task DefineAsync(TeamDefinition team);

    /// <summary>The team, or null when it was never registered.</summary>
    [Alias("GetDefinition"), ReadOnly]
    Task<TeamDefinition?> GetDefinitionAsync();

    /// <summary>Replaces the roster. Throws <see cref="ArgumentException"/> naming the bad field (unknown staff, unknown time zone).</summary>
    [Alias("SetRoster")]
    Task SetRosterAsync(Roster roster);

    /// <summary>The roster, or null when none was set.</summary>
    [Alias("GetRoster"), ReadOnly]
    Task<Roster?> GetRosterAsync();

    /// <summary>Who is on duty at <paramref name="at"/>. An unregistered team or one without a roster has nobody on duty.</summary>
    [Alias("GetOnDuty"), ReadOnly]
    Task<OnDutyView> GetOnDutyAsync(DateTimeOffset at);
}
