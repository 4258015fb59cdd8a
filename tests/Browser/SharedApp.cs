using ResponseCentre.Testing;

namespace ResponseCentre.Browser.Tests;

/// <summary>
/// One running system (real Kestrel and the embedded MQTT broker) shared by every browser test;
/// the classes run one after another, each test with residents of its own.
/// </summary>
[CollectionDefinition(Name)]
public sealed class SharedApp : ICollectionFixture<ResponseCentreApp>
{
    public const string Name = "ResponseCentre app in Chromium";
}
