namespace ResponseCentre.Grains.Abstractions.Incidents;

/// <summary>Who did something to an incident, for attribution in its timeline.</summary>
/// <param name="Kind">What sort of actor.</param>
/// <param name="Id">Their id: a staff id, an operator's user name, a device id, or <c>system</c>.</param>
[GenerateSerializer, Immutable, Alias("rc.Actor")]
public sealed record Actor([property: Id(0)] ActorKind Kind, [property: Id(1)] string Id)
{
    /// <summary>The centre itself.</summary>
    public static Actor System { get; } = new(ActorKind.System, "system");

    /// <inheritdoc />
    public override string ToString() => $"{Kind}:{Id}";
}
