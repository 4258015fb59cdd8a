using System.Diagnostics.CodeAnalysis;

namespace ResponseCentre.Protocol;

/// <summary>Either a valid device message or the reason it was refused.</summary>
public sealed record ReadResult<T>
    where T : class
{
    internal ReadResult(T? message, ProtocolRejection? rejection)
    {
        Message = message;
        Rejection = rejection;
    }

    /// <summary>The message, when it was valid.</summary>
    public T? Message { get; }

    /// <summary>Why it was refused, when it was not valid.</summary>
    public ProtocolRejection? Rejection { get; }

    /// <summary>True when <see cref="Message"/> holds a valid message.</summary>
    [MemberNotNullWhen(true, nameof(Message))]
    [MemberNotNullWhen(false, nameof(Rejection))]
    public bool IsValid => Message is not null;
}

/// <summary>Makes <see cref="ReadResult{T}"/>s.</summary>
public static class ReadResult
{
    /// <summary>A valid message.</summary>
    public static ReadResult<T> Valid<T>(T message)
        where T : class => new(message, null);

    /// <summary>A refused message.</summary>
    public static ReadResult<T> Rejected<T>(ProtocolRejection rejection)
        where T : class => new(null, rejection);

    /// <summary>A refused message.</summary>
    public static ReadResult<T> Rejected<T>(RejectionReason reason, string detail)
        where T : class => new(null, new ProtocolRejection(reason, detail));
}
