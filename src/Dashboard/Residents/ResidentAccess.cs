using ResponseCentre.Dashboard.Accounts;
using ResponseCentre.Grains.Abstractions;
using ResponseCentre.Grains.Abstractions.Residents;

namespace ResponseCentre.Dashboard.Residents;

/// <summary>
/// Who may read a resident's card and sensor data: the desk for residents of its tenants; field
/// staff only while an open incident of that resident is dispatched to them (least privilege).
/// </summary>
public sealed class ResidentAccess(IGrainFactory grains)
{
    public async Task<bool> MayReadAsync(SignedInUser user, ResidentProfile? profile)
    {
        if (profile is null || !user.SeesTenant(profile.Tenant))
        {
            return false;
        }

        if (!user.IsFieldStaff)
        {
            return true;
        }

        var open = await grains.GetIncidentFeed().GetOpenIncidentsAsync();
        return open.Any(incident => incident.Resident == profile.Id && user.IsDispatchedTo(incident));
    }
}
