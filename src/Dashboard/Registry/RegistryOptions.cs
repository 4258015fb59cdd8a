namespace ResponseCentre.Dashboard.Registry;

/// <summary>Where the registry's starting content comes from. Configuration section <c>Registry</c>.</summary>
public sealed class RegistryOptions
{
    public const string Section = "Registry";

    /// <summary>
    /// A JSON file of residents and devices registered on start when not registered yet
    /// (default <c>seed/demo.json</c>, relative to the application's folder). Empty to seed nothing.
    /// </summary>
    public string SeedFile { get; set; } = "seed/demo.json";
}
