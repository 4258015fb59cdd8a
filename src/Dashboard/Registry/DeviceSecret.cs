namespace ResponseCentre.Dashboard.Registry;

/// <summary>The body that sets a device's secret.</summary>
public sealed record DeviceSecret(string Secret);
