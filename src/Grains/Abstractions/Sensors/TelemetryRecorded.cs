using ResponseCentre.Grains.Abstractions.Residents;

namespace ResponseCentre.Grains.Abstractions.Sensors;

/// <summary>The resident's answer to <see cref="RecordTelemetry"/>: whose readings they were, for tagging the series.</summary>
[GenerateSerializer, Immutable, Alias("rc.TelemetryRecorded")]
public sealed record TelemetryRecorded([property: Id(0)] ResidentId Resident, [property: Id(1)] TenantId Tenant);
