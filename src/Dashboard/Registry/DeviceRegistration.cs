namespace ResponseCentre.Dashboard.Registry;

/// <summary>The body of a device registration: whose home the device is in.</summary>
public sealed record DeviceRegistration(string Resident);
