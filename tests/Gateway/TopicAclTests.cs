using MQTTnet.Formatter;
using ResponseCentre.Gateway.Security;

namespace ResponseCentre.Gateway.Tests;

/// <summary>A bridge publishes and subscribes only under its own base topic.</summary>
public sealed class TopicAclTests
{
    private static readonly DeviceIdentity Bridge = new("z2m-south", IsBridge: true, MqttProtocolVersion.V311) { BaseTopic = "south/zigbee" };

    [Theory]
    [InlineData("south/zigbee/leak-1", true)]
    [InlineData("south/zigbee/bridge/state", true)]
    [InlineData("south/zigbee", false)]
    [InlineData("south/zigbee2/leak-1", false)]
    [InlineData("zigbee2mqtt/leak-1", false)]
    [InlineData("rc/v1/devices/sim-0001/events", false)]
    public void A_bridge_publishes_only_under_its_base_topic(string topic, bool allowed) =>
        Assert.Equal(allowed, TopicAcl.MayPublish(Bridge, topic));

    [Theory]
    [InlineData("south/zigbee/#", true)]
    [InlineData("south/zigbee/+/set", true)]
    [InlineData("#", false)]
    [InlineData("+/zigbee/#", false)]
    [InlineData("south/#", false)]
    [InlineData("zigbee2mqtt/#", false)]
    [InlineData("rc/v1/devices/sim-0001/acks", false)]
    public void A_bridge_subscribes_only_under_its_base_topic(string filter, bool allowed) =>
        Assert.Equal(allowed, TopicAcl.MaySubscribe(Bridge, filter));
}
