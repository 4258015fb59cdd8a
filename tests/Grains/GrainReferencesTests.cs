using ResponseCentre.Grains.Abstractions;
using ResponseCentre.Grains.Abstractions.Devices;
using ResponseCentre.Grains.Abstractions.Incidents;
using ResponseCentre.Grains.Abstractions.Residents;
using ResponseCentre.Grains.Abstractions.Signals;

namespace ResponseCentre.Grains.Tests;

/// <summary>The typed grain getters make their references from types resolved once; they must equal Orleans' own.</summary>
[Collection(TestSilo.Name)]
public sealed class GrainReferencesTests(ClusterFixture fixture)
{
    [Fact]
    public void Typed_getters_make_the_same_references_as_orleans_does()
    {
        var grains = fixture.Grains;
        for (var n = 0; n < 3; n++)
        {
            var key = $"ref-{n}";
            AssertSame(grains.GetGrain<IResidentGrain>(key), grains.GetResident(new ResidentId(key)));
            AssertSame(grains.GetGrain<IDeviceGrain>(key), grains.GetDevice(new DeviceId(key)));
            AssertSame(grains.GetGrain<IIncidentGrain>(key), grains.GetIncident(new IncidentId(key)));
            AssertSame(grains.GetGrain<IResidentHistoryGrain>(key), grains.GetResidentHistory(new ResidentId(key)));
        }
    }

    [Fact]
    public async Task A_reference_from_a_typed_getter_reaches_its_grain()
    {
        var resident = fixture.Grains.GetResident(new ResidentId("ref-call"));
        await resident.RegisterAsync(new ResidentProfile(new ResidentId("ref-call"), new TenantId("refs"), "Kari", "Frogner", CareLevel.AtRisk, []));

        Assert.Equal("Kari", (await fixture.Grains.GetGrain<IResidentGrain>("ref-call").GetProfileAsync())?.Name);
    }

    private static void AssertSame<T>(T expected, T actual) where T : IAddressable
    {
        Assert.Equal(expected.GetGrainId(), actual.GetGrainId());
        Assert.Equal(((GrainReference)(object)expected).InterfaceType, ((GrainReference)(object)actual).InterfaceType);
        Assert.Equal(expected, actual);
    }
}
