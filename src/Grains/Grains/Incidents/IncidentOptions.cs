namespace ResponseCentre.Grains.Incidents;

/// <summary>How incidents are opened. Configuration section <c>Incidents</c>.</summary>
public sealed class IncidentOptions
{
    public const string Section = "Incidents";

    /// <summary>
    /// Alarms of the same kind for the same resident within this window of an open incident join it
    /// instead of opening another (default 5 minutes: repeated presses while help is being arranged).
    /// </summary>
    public TimeSpan DuplicateWindow { get; set; } = TimeSpan.FromMinutes(5);
}
