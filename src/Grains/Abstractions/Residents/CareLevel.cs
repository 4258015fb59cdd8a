namespace ResponseCentre.Grains.Abstractions.Residents;

/// <summary>How much care a resident needs, from the need-level model; higher needs more.</summary>
[GenerateSerializer, Alias("rc.CareLevel")]
public enum CareLevel
{
    /// <summary>Mostly healthy; the safety alarm is a precaution.</summary>
    Basic = 1,
    /// <summary>At risk: regular home care.</summary>
    AtRisk,
    /// <summary>Periodically failing: frequent visits.</summary>
    Intensive,
    /// <summary>Chronically and severely ill, or in palliative care.</summary>
    Severe,
}
