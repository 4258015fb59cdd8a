namespace ResponseCentre.Dashboard.Sensors;

/// <summary>A dose taken; <see cref="At"/> defaults to now.</summary>
public sealed record DoseTaken(DateTimeOffset? At);
