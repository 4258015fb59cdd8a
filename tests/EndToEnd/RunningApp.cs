using ResponseCentre.Testing;

namespace ResponseCentre.EndToEnd.Tests;

/// <summary>One running system shared by the end-to-end tests; each test uses its own devices.</summary>
[CollectionDefinition(Name)]
public sealed class RunningApp : ICollectionFixture<ResponseCentreApp>
{
    public const string Name = "ResponseCentre app";
}
