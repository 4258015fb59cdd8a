namespace ResponseCentre.EndToEnd.Tests.Cluster;

/// <summary>Cluster tests start several processes each: one at a time on a 2-core machine.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class LocalClusterTests
{
    public const string Name = "Local clusters";
}
