using System.Net.Http.Json;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using MQTTnet;
using MQTTnet.Protocol;
using ResponseCentre.Grains.Abstractions;
using ResponseCentre.Grains.Abstractions.Devices;
using ResponseCentre.Grains.Abstractions.Residents;
using ResponseCentre.Grains.Abstractions.Sensors;
using ResponseCentre.Protocol;
using ResponseCentre.Testing;

namespace ResponseCentre.EndToEnd.Tests.Security;

/// <summary>
/// The zigbee2mqtt bridge account (the demo's: user <c>zigbee2mqtt</c>, base topic <c>zigbee2mqtt</c>)
/// connects only as itself, stays under its own base topic and speaks only for the devices
/// registered behind it.
/// </summary>
[Collection(RunningApp.Name)]
public sealed class BridgeTests(ResponseCentreApp app)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task A_bridge_connecting_with_a_device_s_client_id_is_refused_and_the_device_stays_connected()
    {
        await using var device = await TestDevice.ConnectAsync(app.MqttPort, "sim-0820");

        var code = await SecureMqtt.ConnectResultAsync(app.MqttPort, "sim-0820", TestDevice.DemoBridgeUser, TestDevice.DemoBridgeSecret);

        Assert.Equal(MqttClientConnectResultCode.ClientIdentifierNotValid, code);
        Assert.True(device.IsConnected);
        var puback = await device.PublishAlarmAsync(AlarmKind.PushButton, "still-mine").WaitAsync(Patience);
        Assert.Equal(MqttClientPublishReasonCode.Success, puback.ReasonCode);
        var ack = await device.Acks.ReadAsync().AsTask().WaitAsync(Patience);
        Assert.Equal("still-mine", ack.MessageId);
    }

    [Fact]
    public async Task A_bridge_connecting_with_any_client_id_but_its_own_is_refused()
    {
        var code = await SecureMqtt.ConnectResultAsync(app.MqttPort, "zigbee2mqtt-second", TestDevice.DemoBridgeUser, TestDevice.DemoBridgeSecret);

        Assert.Equal(MqttClientConnectResultCode.ClientIdentifierNotValid, code);
    }

    [Fact]
    public async Task A_device_cannot_connect_with_the_bridge_s_name_as_client_id_and_a_wrong_bridge_secret_hears_only_bad_credentials()
    {
        var device = await SecureMqtt.ConnectResultAsync(app.MqttPort, TestDevice.DemoBridgeUser, "sim-0825", TestDevice.DemoSecret);
        var guessing = await SecureMqtt.ConnectResultAsync(app.MqttPort, "sim-0825", TestDevice.DemoBridgeUser, "not-the-bridge-secret");

        Assert.Equal(MqttClientConnectResultCode.ClientIdentifierNotValid, device);
        Assert.Equal(MqttClientConnectResultCode.BadUserNameOrPassword, guessing);
    }

    [Fact]
    public async Task A_bridge_cannot_publish_on_a_device_s_topics_nor_read_its_acks()
    {
        using var bridge = await ConnectBridgeAsync();

        var puback = await bridge.PublishAsync(new MqttApplicationMessageBuilder()
            .WithTopic(Topics.DeviceEvents("sim-0821"))
            .WithPayload(DevicePayloads.Alarm("sim-0821", "forged-by-bridge", "fall"))
            .WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce)
            .Build());
        var suback = await bridge.SubscribeAsync(new MqttClientSubscribeOptionsBuilder()
            .WithTopicFilter(Topics.DeviceAcks("sim-0821"), MqttQualityOfServiceLevel.AtLeastOnce)
            .Build());

        Assert.Equal(MqttClientPublishReasonCode.NotAuthorized, puback.ReasonCode);
        Assert.Equal(MqttClientSubscribeResultCode.NotAuthorized, Assert.Single(suback.Items).ResultCode);
    }

    [Theory]
    [InlineData("z2m-kitchen-smoke-0822", "sim-r-0822", null)]
    [InlineData("z2m-hall-leak-0823", "sim-r-0823", "another-bridge")]
    public async Task A_state_for_a_device_not_registered_behind_the_bridge_is_refused_and_stores_nothing(
        string device, string resident, string? registeredBridge)
    {
        await RegisterDeviceAsync(device, resident, registeredBridge);
        using var bridge = await ConnectBridgeAsync();

        var puback = await PublishStateAsync(bridge, device, """{"battery":77,"smoke":true,"water_leak":true}""");

        // The PUBACK comes after the state is handled, so a refusal means nothing was stored.
        Assert.Equal(MqttClientPublishReasonCode.NotAuthorized, puback.ReasonCode);
        Assert.Equal(nameof(RejectionReason.ForeignTopic), puback.RejectionName());
        Assert.Contains("behind bridge 'zigbee2mqtt'", puback.ReasonString, StringComparison.Ordinal);
        Assert.Empty(await Grains.GetResident(new ResidentId(resident)).GetLatestReadingsAsync());
        Assert.Null((await Grains.GetDevice(new DeviceId(device)).GetSupervisionAsync()).LastContact);
    }

    [Fact]
    public async Task A_state_for_a_device_behind_the_bridge_is_stored()
    {
        const string device = "z2m-bedroom-motion-0824";
        await RegisterDeviceAsync(device, "sim-r-0824", TestDevice.DemoBridgeUser);
        using var bridge = await ConnectBridgeAsync();

        var puback = await PublishStateAsync(bridge, device, """{"battery":64,"occupancy":true}""");

        Assert.True(puback.ReasonCode == MqttClientPublishReasonCode.Success, $"{puback.ReasonCode} '{puback.ReasonString}'");
        Assert.Contains(await Grains.GetResident(new ResidentId("sim-r-0824")).GetLatestReadingsAsync(),
            reading => reading.Device.Value == device && reading.Metric == SensorMetric.Battery);
    }

    private IGrainFactory Grains => app.Services.GetRequiredService<IGrainFactory>();

    private async Task<IMqttClient> ConnectBridgeAsync()
    {
        var (client, connack) = await SecureMqtt.ConnectAsync(app.MqttPort, TestDevice.DemoBridgeUser, TestDevice.DemoBridgeUser, TestDevice.DemoBridgeSecret);
        Assert.Equal(MqttClientConnectResultCode.Success, connack.ResultCode);
        return client;
    }

    private static Task<MqttClientPublishResult> PublishStateAsync(IMqttClient bridge, string device, string state) =>
        bridge.PublishAsync(new MqttApplicationMessageBuilder()
            .WithTopic("zigbee2mqtt/" + device)
            .WithPayload(Encoding.UTF8.GetBytes(state))
            .WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce)
            .Build());

    private async Task RegisterDeviceAsync(string device, string resident, string? bridge)
    {
        using var http = await SignIn.AsAdministratorAsync(app.BaseAddress);
        var response = await http.PutAsJsonAsync($"/api/admin/devices/{device}", new { resident, bridge });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }
}
