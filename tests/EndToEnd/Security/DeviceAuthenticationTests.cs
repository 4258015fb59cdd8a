using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.Logging;
using MQTTnet;
using MQTTnet.Formatter;
using ResponseCentre.Protocol;
using ResponseCentre.Testing;

namespace ResponseCentre.EndToEnd.Tests.Security;

/// <summary>
/// A device connects with user name = client id = its device id and its secret as the password;
/// anything else is refused at CONNACK, logged, and the administrator can rotate a secret.
/// </summary>
[Collection(RunningApp.Name)]
public sealed class DeviceAuthenticationTests(ResponseCentreApp app)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    [Theory]
    [InlineData("sim-0700", MqttProtocolVersion.V500)]
    [InlineData("sim-0701", MqttProtocolVersion.V311)]
    public async Task Device_presenting_its_id_and_secret_connects_and_its_alarm_opens_an_incident(string deviceId, MqttProtocolVersion version)
    {
        var (client, connack) = await SecureMqtt.ConnectAsync(app.MqttPort, deviceId, deviceId, TestDevice.DemoSecret, version);
        using (client)
        {
            Assert.Equal(MqttClientConnectResultCode.Success, connack.ResultCode);
            await client.DisconnectAsync();
        }

        await using var device = await TestDevice.ConnectAsync(app.MqttPort, deviceId, version);
        var puback = await device.PublishAlarmAsync(AlarmKind.PushButton, messageId: "auth-1");
        var ack = await device.Acks.FirstMatchAsync(a => a.MessageId == "auth-1", Patience);

        if (version == MqttProtocolVersion.V500)
        {
            Assert.Equal(MqttClientPublishReasonCode.Success, puback.ReasonCode);
        }

        Assert.Equal(AckStatus.Received, ack.Status);
        Assert.False(string.IsNullOrEmpty(ack.IncidentId));
    }

    [Theory]
    [InlineData("sim-0702", MqttProtocolVersion.V500)]
    [InlineData("sim-0703", MqttProtocolVersion.V311)]
    public async Task Wrong_password_is_refused_as_bad_user_name_or_password_and_logged_naming_the_client(string deviceId, MqttProtocolVersion version)
    {
        var code = await SecureMqtt.ConnectResultAsync(app.MqttPort, deviceId, deviceId, "not-the-device-secret", version);

        Assert.Equal(MqttClientConnectResultCode.BadUserNameOrPassword, code);
        AssertWarningNaming(deviceId);
    }

    [Theory]
    [InlineData("sim-0704", null, null)]
    [InlineData("sim-0705", "sim-0705", null)]
    [InlineData("sim-0706", "sim-0706", "")]
    public async Task Missing_credentials_are_refused_as_bad_user_name_or_password_and_logged(string clientId, string? userName, string? password)
    {
        var code = await SecureMqtt.ConnectResultAsync(app.MqttPort, clientId, userName, password);

        Assert.Equal(MqttClientConnectResultCode.BadUserNameOrPassword, code);
        AssertWarningNaming(clientId);
    }

    [Fact]
    public async Task Unknown_device_is_refused_as_bad_user_name_or_password_even_with_the_demo_secret()
    {
        const string stranger = "unregistered-0707";

        var code = await SecureMqtt.ConnectResultAsync(app.MqttPort, stranger, stranger, TestDevice.DemoSecret);

        Assert.Equal(MqttClientConnectResultCode.BadUserNameOrPassword, code);
        AssertWarningNaming(stranger);
    }

    [Theory]
    [InlineData("sim-0708", "sim-0709")]
    [InlineData("sim-0708-second-connection", "sim-0708")]
    public async Task Client_id_other_than_the_user_name_is_refused_as_client_identifier_not_valid(string clientId, string userName)
    {
        // The password is right for the user name; only the client id gives it away.
        var code = await SecureMqtt.ConnectResultAsync(app.MqttPort, clientId, userName, TestDevice.DemoSecret);

        Assert.Equal(MqttClientConnectResultCode.ClientIdentifierNotValid, code);
    }

    [Fact]
    public async Task Administrator_sets_a_new_secret_after_which_the_old_one_is_refused_and_the_new_one_accepted()
    {
        const string deviceId = "sim-0710";
        const string secret = "rotated-secret-for-sim-0710";
        using var admin = await SignIn.AsAdministratorAsync(app.BaseAddress);

        using var response = await admin.PutAsJsonAsync($"/api/admin/devices/{deviceId}/credentials", new { secret });

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(MqttClientConnectResultCode.BadUserNameOrPassword,
            await SecureMqtt.ConnectResultAsync(app.MqttPort, deviceId, deviceId, TestDevice.DemoSecret));
        await using var device = await TestDevice.ConnectAsync(app.MqttPort, deviceId, password: secret);
        var puback = await device.PublishAlarmAsync(AlarmKind.Fall, messageId: "after-rotation");
        Assert.Equal(MqttClientPublishReasonCode.Success, puback.ReasonCode);
        var ack = await device.Acks.FirstMatchAsync(a => a.MessageId == "after-rotation", Patience);
        Assert.Equal(AckStatus.Received, ack.Status);
    }

    [Fact]
    public async Task Secret_shorter_than_16_characters_is_refused_with_400_and_changes_nothing_while_16_are_enough()
    {
        const string deviceId = "sim-0711";
        const string fifteen = "fifteen-chars-x";
        const string sixteen = "sixteen-chars-xy";
        using var admin = await SignIn.AsAdministratorAsync(app.BaseAddress);

        using var tooShort = await admin.PutAsJsonAsync($"/api/admin/devices/{deviceId}/credentials", new { secret = fifteen });

        Assert.Equal(HttpStatusCode.BadRequest, tooShort.StatusCode);
        Assert.Equal(MqttClientConnectResultCode.BadUserNameOrPassword,
            await SecureMqtt.ConnectResultAsync(app.MqttPort, deviceId, deviceId, fifteen));
        Assert.Equal(MqttClientConnectResultCode.Success,
            await SecureMqtt.ConnectResultAsync(app.MqttPort, deviceId, deviceId, TestDevice.DemoSecret));

        using var longEnough = await admin.PutAsJsonAsync($"/api/admin/devices/{deviceId}/credentials", new { secret = sixteen });

        Assert.Equal(HttpStatusCode.NoContent, longEnough.StatusCode);
        Assert.Equal(MqttClientConnectResultCode.Success,
            await SecureMqtt.ConnectResultAsync(app.MqttPort, deviceId, deviceId, sixteen));
    }

    [Fact]
    public async Task Only_a_signed_in_administrator_may_set_a_device_secret()
    {
        const string deviceId = "sim-0712";
        using var anonymous = new HttpClient { BaseAddress = app.BaseAddress };
        using var staff = await SignIn.AsStaffAsync(app.BaseAddress, "sec-staff-0712");

        using var byAnonymous = await anonymous.PutAsJsonAsync($"/api/admin/devices/{deviceId}/credentials", new { secret = "anonymous-would-like-this" });
        using var byStaff = await staff.PutAsJsonAsync($"/api/admin/devices/{deviceId}/credentials", new { secret = "field-staff-would-like-this" });

        Assert.Contains(byAnonymous.StatusCode, new[] { HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden });
        Assert.Contains(byStaff.StatusCode, new[] { HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden });
        Assert.Equal(MqttClientConnectResultCode.Success,
            await SecureMqtt.ConnectResultAsync(app.MqttPort, deviceId, deviceId, TestDevice.DemoSecret));
    }

    private void AssertWarningNaming(string clientId) =>
        Assert.True(
            app.Logs.Lines.Any(line => line.Level == LogLevel.Warning && line.Message.Contains(clientId, StringComparison.Ordinal)),
            $"No warning names '{clientId}'. Warnings: {string.Join(" | ", app.Logs.Lines.Where(l => l.Level == LogLevel.Warning).TakeLast(10).Select(l => l.Message))}");
}
