using ResponseCentre.Gateway.Broker;
using ResponseCentre.Gateway.Security;

namespace ResponseCentre.Gateway.Tests;

/// <summary>Each bridge's base topic is its own and clear of the devices' topics.</summary>
public sealed class BridgeAccountsValidationTests
{
    [Fact]
    public void Bridges_with_their_own_base_topics_pass()
    {
        var result = Validate(Bridge("z2m-north", "zigbee2mqtt"), Bridge("z2m-south", "south/zigbee"));

        Assert.True(result.Succeeded, result.FailureMessage);
    }

    [Theory]
    [InlineData("zigbee2mqtt", "zigbee2mqtt")]
    [InlineData("homes", "homes/north")]
    [InlineData("homes/north", "homes")]
    public void Two_bridges_sharing_or_nesting_a_base_topic_are_refused(string first, string second)
    {
        var result = Validate(Bridge("z2m-a", first), Bridge("z2m-b", second));

        Assert.True(result.Failed);
        Assert.Contains("Bridges:1:BaseTopic", result.FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("zigbee/#")]
    [InlineData("+")]
    [InlineData("$SYS")]
    [InlineData("zigbee2mqtt/")]
    [InlineData("rc")]
    [InlineData("rc/v1/devices")]
    [InlineData("rc/v1/devices/sim-0001")]
    public void A_base_topic_with_wildcards_or_over_the_devices_topics_is_refused(string baseTopic)
    {
        var result = Validate(Bridge("z2m", baseTopic));

        Assert.True(result.Failed);
        Assert.Contains("BaseTopic", result.FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("two words")]
    [InlineData("responsecentre")]
    public void A_user_name_that_cannot_be_a_client_id_is_refused(string userName)
    {
        var result = Validate(Bridge(userName, "zigbee2mqtt"));

        Assert.True(result.Failed);
        Assert.Contains("UserName", result.FailureMessage, StringComparison.Ordinal);
    }

    private static Microsoft.Extensions.Options.ValidateOptionsResult Validate(params BridgeAccount[] bridges) =>
        new BridgeAccountsValidation().Validate(null, new BrokerOptions { Bridges = [.. bridges] });

    private static BridgeAccount Bridge(string userName, string baseTopic) =>
        new() { UserName = userName, Salt = "c2FsdA==", Hash = "aGFzaA==", BaseTopic = baseTopic };
}
