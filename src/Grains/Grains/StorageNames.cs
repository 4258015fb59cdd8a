namespace ResponseCentre.Grains;

/// <summary>The grain-storage provider names the grains ask for; the host decides what backs them.</summary>
public static class StorageNames
{
    /// <summary>Holds residents, devices, incidents and the feed.</summary>
    public const string Default = "responsecentre";

    /// <summary>The resident's readings and rule tracking: written by every sensor reading.</summary>
    public const string ResidentSensorsState = "resident-sensors";

    /// <summary>States a store may commit after all others (readings wait, alarms do not).</summary>
    public static IReadOnlyList<string> DeferrableStates { get; } = [ResidentSensorsState];
}
