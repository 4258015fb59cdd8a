namespace ResponseCentre.Grains;

/// <summary>The grain-storage provider names the grains ask for; the host decides what backs them.</summary>
public static class StorageNames
{
    /// <summary>Holds residents, devices, incidents and the feed.</summary>
    public const string Default = "responsecentre";
}
