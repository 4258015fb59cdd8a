namespace ResponseCentre.Grains.Abstractions.Teams;

/// <summary>What a team does.</summary>
[GenerateSerializer, Alias("rc.TeamKind")]
public enum TeamKind
{
    /// <summary>Home nursing (hjemmesykepleie): the default responders in a district.</summary>
    HomeNursing = 1,
    /// <summary>Dementia team.</summary>
    Dementia,
    /// <summary>Palliative care team.</summary>
    Palliative,
    /// <summary>Mental health and addiction team.</summary>
    MentalHealthAndAddiction,
    /// <summary>Short-term intervention team (innsatsteam).</summary>
    ShortTerm,
    /// <summary>Technical team: devices, batteries, installations.</summary>
    Technical,
}
