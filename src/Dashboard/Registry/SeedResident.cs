using ResponseCentre.Grains.Abstractions.Residents;

namespace ResponseCentre.Dashboard.Registry;

/// <summary>A resident and their devices as listed in the seed file.</summary>
public sealed record SeedResident(
    string Id, string Tenant, string Name, string District, IReadOnlyList<string> Devices,
    CareLevel CareLevel = CareLevel.Basic, IReadOnlyList<string>? Teams = null,
    string? Address = null, string? AccessNotes = null, IReadOnlyList<ResidentContact>? Contacts = null);
