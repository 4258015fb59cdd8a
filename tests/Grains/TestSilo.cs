namespace ResponseCentre.Grains.Tests;

[CollectionDefinition(Name)]
public sealed class TestSilo : ICollectionFixture<ClusterFixture>
{
    public const string Name = "Orleans test cluster";
}
