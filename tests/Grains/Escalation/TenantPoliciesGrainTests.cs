using System.Text.Json;
using ResponseCentre.Grains.Abstractions;
using ResponseCentre.Grains.Abstractions.Escalation;
using ResponseCentre.Grains.Abstractions.Residents;
using static ResponseCentre.Grains.Tests.Escalation.PolicySamples;

namespace ResponseCentre.Grains.Tests.Escalation;

[Collection(TestSilo.Name)]
public sealed class TenantPoliciesGrainTests(ClusterFixture fixture)
{
    [Fact]
    public async Task Tenant_without_policies_has_none()
    {
        Assert.Null(await fixture.Grains.GetTenantPolicies(new TenantId("tenant-without-policies")).GetAsync());
    }

    [Fact]
    public async Task Stored_policies_are_returned()
    {
        var policies = Tenant() with { Tenant = new TenantId("tenant-stored") };
        var grain = fixture.Grains.GetTenantPolicies(policies.Tenant);

        await grain.SetAsync(policies);

        // The records hold lists, which compare by reference; compare what they say instead.
        Assert.Equal(JsonSerializer.Serialize(policies), JsonSerializer.Serialize(await grain.GetAsync()));
    }

    [Fact]
    public async Task Bad_policy_is_refused_with_its_errors_and_the_old_one_is_kept()
    {
        var tenant = new TenantId("tenant-refused");
        var grain = fixture.Grains.GetTenantPolicies(tenant);
        var good = Tenant() with { Tenant = tenant };
        await grain.SetAsync(good);
        var bad = good with { TimeZone = "Mars/Base", Escalation = [Policy("standard") with { Steps = [] }] };

        var refused = await Assert.ThrowsAsync<PolicyValidationException>(() => grain.SetAsync(bad));

        Assert.Equal(["timeZone 'Mars/Base' is not a known time zone", "escalation[0].steps is empty"], refused.Errors);
        Assert.Contains("escalation[0].steps is empty", refused.Message, StringComparison.Ordinal);
        Assert.Equal(good.TimeZone, (await grain.GetAsync())?.TimeZone);
    }

    [Fact]
    public async Task Policies_sent_to_another_tenant_s_grain_are_refused()
    {
        var policies = Tenant() with { Tenant = new TenantId("tenant-one") };
        var grain = fixture.Grains.GetTenantPolicies(new TenantId("tenant-other"));

        var refused = await Assert.ThrowsAsync<PolicyValidationException>(() => grain.SetAsync(policies));

        Assert.Contains("tenant 'tenant-one' does not match", Assert.Single(refused.Errors), StringComparison.Ordinal);
        Assert.Null(await grain.GetAsync());
    }
}
