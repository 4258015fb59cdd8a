using ResponseCentre.Grains.Abstractions;
using ResponseCentre.Grains.Abstractions.Incidents;
using ResponseCentre.Grains.Abstractions.Residents;

namespace ResponseCentre.Dashboard.Residents;

/// <summary>Puts a resident card together from the resident, their teams and their devices' supervision.</summary>
public static class ResidentCards
{
    public static async Task<ResidentCard> BuildAsync(ResidentProfile profile, IResidentGrain resident, IGrainFactory grains)
    {
        var teams = await Task.WhenAll(profile.AssignedTeams.Select(async team =>
            new CardTeam(team.Value, (await grains.GetTeam(team).GetDefinitionAsync())?.Name ?? team.Value)));
        var devices = await Task.WhenAll((await resident.GetDevicesAsync()).Select(async device =>
        {
            var health = await grains.GetDevice(device).GetSupervisionAsync();
            return new CardDevice(
                device.Value,
                Online: !health.Faults.Any(f => f.Kind == IncidentKind.DeviceOffline),
                health.LastContact, health.Battery, health.MainsOn, health.Tamper,
                [.. health.Faults.Select(f => f.Kind.ToString())]);
        }));
        return new ResidentCard(
            profile.Id.Value, profile.Tenant.Value, profile.Name, profile.District, profile.CareLevel, profile.Address, profile.AccessNotes,
            profile.Contacts, teams, devices);
    }
}
