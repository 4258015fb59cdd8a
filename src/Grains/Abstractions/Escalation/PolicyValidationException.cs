namespace ResponseCentre.Grains.Abstractions.Escalation;

/// <summary>A policy was refused; each error names the field, e.g. <c>escalation[0].steps[1].wait must be positive</c>.</summary>
[GenerateSerializer, Alias("rc.PolicyValidationException")]
public sealed class PolicyValidationException : ArgumentException
{
    /// <summary>Creates the exception from the validator's errors.</summary>
    public PolicyValidationException(IReadOnlyList<string> errors)
        : base("Policy refused: " + string.Join("; ", errors)) => Errors = errors;

    /// <summary>Creates an empty exception.</summary>
    public PolicyValidationException() : this([]) { }

    /// <summary>Creates an exception with one error.</summary>
    public PolicyValidationException(string message) : this([message]) { }

    /// <summary>Creates an exception with one error and its cause.</summary>
    public PolicyValidationException(string message, Exception innerException) : base(message, innerException) => Errors = [message];

    /// <summary>Every problem found, each naming its field.</summary>
    [Id(0)]
    public IReadOnlyList<string> Errors { get; }
}
