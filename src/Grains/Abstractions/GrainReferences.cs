namespace ResponseCentre.Grains.Abstractions;

/// <summary>
/// Grain references made from an interface's grain type and interface type resolved once.
/// Orleans 10's <c>GetGrain&lt;T&gt;(key)</c> resolves them again on every call, by reflection over
/// the interface's attributes and by formatting its type name (uncached, it showed as ~6% of all
/// allocation on the ingest path, where each message reaches several grains).
/// </summary>
internal static class GrainReferences<TGrainInterface> where TGrainInterface : IGrainWithStringKey
{
    // Both follow from the interface and the grain classes compiled with it, so they are the same
    // for every silo and client in the process; a race only resolves them twice.
    private static (GrainType Grain, GrainInterfaceType Interface)? _types;

    public static TGrainInterface Get(IGrainFactory grains, string key)
    {
        var (grain, @interface) = _types ??= Resolve(grains);
        return (TGrainInterface)grains.GetGrain(GrainId.Create(grain, key), @interface);
    }

    private static (GrainType, GrainInterfaceType) Resolve(IGrainFactory grains)
    {
        var sample = (GrainReference)(object)grains.GetGrain<TGrainInterface>("-");
        return (sample.GrainId.Type, sample.InterfaceType);
    }
}
