using ResponseCentre.Grains.Abstractions;
using ResponseCentre.Grains.Abstractions.Teams;

namespace ResponseCentre.Grains.Teams;

public sealed class TeamGrain(
    [PersistentState("team", StorageNames.Default)] IPersistentState<TeamState> state)
    : Grain, ITeamGrain
{
    private TeamId Id => new(this.GetPrimaryKeyString());

    public async Task DefineAsync(TeamDefinition team)
    {
        TeamDefinitionValidator.Validate(team, Id);
        var previousTenant = state.State.Definition?.Tenant;
        state.State.Definition = team;
        await state.WriteStateAsync();
        if (previousTenant is { } moved && moved != team.Tenant)
        {
            await GrainFactory.GetTenantDirectory(moved).RemoveTeamAsync(team.Id);
        }

        await GrainFactory.GetTenantDirectory(team.Tenant).AddTeamAsync(team.Id);
    }

    public Task<TeamDefinition?> GetDefinitionAsync() => Task.FromResult(state.State.Definition);

    public async Task SetRosterAsync(Roster roster)
    {
        var team = state.State.Definition
            ?? throw new ArgumentException($"team '{Id}' is not defined: define it before giving it a roster.");
        RosterValidator.Validate(roster, team);
        state.State.Roster = roster;
        await state.WriteStateAsync();
    }

    public Task<Roster?> GetRosterAsync() => Task.FromResult(state.State.Roster);

    public Task<OnDutyView> GetOnDutyAsync(DateTimeOffset at)
    {
        if (state.State.Definition is not { } team)
        {
            return Task.FromResult(new OnDutyView(Id, [], []));
        }

        var onDuty = state.State.Roster is { } roster ? RosterPolicy.OnDutyAt(roster, at) : [];
        // Members dropped from the team since the roster was set are not on duty for it.
        var members = team.Members.ToDictionary(member => member.Staff);
        var view = new OnDutyView(
            Id,
            [.. onDuty.Where(members.ContainsKey).Select(staff => members[staff])],
            [.. team.Members.Where(member => member.Role == TeamRole.Lead)]);
        return Task.FromResult(view);
    }
}
