using ResponseCentre.Grains.Abstractions.Residents;

namespace ResponseCentre.Dashboard.Residents;

/// <summary>What a responder needs about a resident: where, how to get in, whom to call, which devices.</summary>
public sealed record ResidentCard(
    string Id, string Tenant, string Name, string District, CareLevel CareLevel, string? Address, string? AccessNotes,
    IReadOnlyList<ResidentContact> Contacts, IReadOnlyList<CardTeam> Teams, IReadOnlyList<CardDevice> Devices);

public sealed record CardTeam(string Id, string Name);

/// <summary>A device's health as the card shows it; <see cref="Online"/> is false while an offline fault is open.</summary>
public sealed record CardDevice(string Id, bool Online, DateTimeOffset? LastContact, int? Battery, bool? MainsOn, bool? Tamper, IReadOnlyList<string> Faults);
