namespace ResponseCentre.Dashboard.Registry;

/// <summary>The body of a device registration: whose home the device is in, and the bridge it reports through.</summary>
/// <param name="Resident">The resident's id.</param>
/// <param name="Bridge">
/// For a sensor behind a bridge (zigbee2mqtt): the bridge account's user name (<c>Gateway:Broker:Bridges</c>),
/// the only bridge that may then publish its state. Omitted for a device that connects itself.
/// </param>
public sealed record DeviceRegistration(string Resident, string? Bridge = null);
