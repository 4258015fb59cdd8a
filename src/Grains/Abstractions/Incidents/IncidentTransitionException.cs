namespace ResponseCentre.Grains.Abstractions.Incidents;

/// <summary>An action that the incident's state does not allow, e.g. marking on site before anyone accepted.</summary>
[GenerateSerializer, Alias("rc.IncidentTransitionException")]
public sealed class IncidentTransitionException : InvalidOperationException
{
    /// <summary>Creates the exception.</summary>
    public IncidentTransitionException() { }

    /// <summary>Creates the exception with a message saying what was refused and why.</summary>
    public IncidentTransitionException(string message) : base(message) { }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public IncidentTransitionException(string message, Exception innerException) : base(message, innerException) { }
}
