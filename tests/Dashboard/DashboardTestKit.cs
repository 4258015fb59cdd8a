using System.Net.Http.Json;
using System.Text.Json;
using ResponseCentre.Dashboard.Hosting;
using ResponseCentre.Grains.Abstractions.Incidents;
using ResponseCentre.Grains.Abstractions.Teams;
using ResponseCentre.Protocol;
using ResponseCentre.Testing;

namespace ResponseCentre.Dashboard.Tests;

/// <summary>
/// The seeded demo accounts, the API's JSON options and a way to raise an alarm that is
/// dispatched to demo-nurse-01, shared by the sign-in, access, card, audit and KPI tests.
/// </summary>
internal static class DashboardTestKit
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    public static readonly JsonSerializerOptions Json = CreateJson();

    /// <summary>nurse1's team member id; on duty around the clock in demo-home-nursing and first to be asked.</summary>
    public static readonly StaffId Nurse1Staff = new("demo-nurse-01");

    public static readonly string[] DemoOnly = ["demo"];
    public static readonly string[] OsloOnly = ["oslo"];
    public static readonly string[] DemoAndOslo = ["demo", "oslo"];
    public static readonly string[] EveryDay = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

    public const string OperatorUser = "operator";
    public const string OperatorPassword = "demo-operator";
    public const string Nurse1User = "nurse1";
    public const string NursePassword = "demo-nurse";
    public const string OsloNurseUser = "oslo-nurse";

    private static JsonSerializerOptions CreateJson()
    {
        var json = new JsonSerializerOptions();
        DashboardJson.Configure(json);
        return json;
    }

    public static Task<HttpClient> AsOperatorAsync(Uri baseAddress) => SignIn.AsAsync(baseAddress, OperatorUser, OperatorPassword);

    public static Task<HttpClient> AsNurse1Async(Uri baseAddress) => SignIn.AsAsync(baseAddress, Nurse1User, NursePassword);

    public static Task<HttpClient> AsOsloNurseAsync(Uri baseAddress) => SignIn.AsAsync(baseAddress, OsloNurseUser, NursePassword);

    /// <summary>A client with no sign-in cookie.</summary>
    public static HttpClient Anonymous(Uri baseAddress) => new() { BaseAddress = baseAddress };

    public static string SimDevice(int number) => $"sim-{number:D4}";

    public static string SimResident(int number) => $"sim-r-{number:D4}";

    /// <summary>
    /// Publishes an alarm from simulated device <paramref name="number"/> over MQTT and waits until the
    /// desk is told it was dispatched to demo-nurse-01 (escalation step 0 of the demo tenant).
    /// </summary>
    public static async Task<IncidentView> RaiseDispatchedToNurse1Async(ResponseCentreApp app, int number, AlarmKind kind = AlarmKind.Fall)
    {
        await using var desk = await DashboardListener.ConnectAsync(app.BaseAddress);
        await using var device = await TestDevice.ConnectAsync(app.MqttPort, SimDevice(number));
        await device.PublishAlarmAsync(kind);
        var ack = await device.Acks.ReadAsync().AsTask().WaitAsync(Patience);
        Assert.Equal(AckStatus.Received, ack.Status);
        return await desk.WaitForAsync(i => i.Id.Value == ack.IncidentId && i.Notified.Contains(Nurse1Staff), Patience);
    }

    /// <summary>Publishes an alarm from any registered device and returns the incident id from the device's ack.</summary>
    public static async Task<string> RaiseAsync(ResponseCentreApp app, string deviceId, AlarmKind kind)
    {
        await using var device = await TestDevice.ConnectAsync(app.MqttPort, deviceId);
        await device.PublishAlarmAsync(kind);
        var ack = await device.Acks.ReadAsync().AsTask().WaitAsync(Patience);
        Assert.Equal(AckStatus.Received, ack.Status);
        return ack.IncidentId ?? throw new InvalidOperationException($"The ack for {deviceId}'s alarm named no incident.");
    }

    public static async Task<List<IncidentView>> OpenIncidentsAsync(HttpClient http) =>
        await http.GetFromJsonAsync<List<IncidentView>>("/api/incidents", Json) ?? [];

    /// <summary>POSTs an incident action with an empty body (or the outcome, to resolve).</summary>
    public static Task<HttpResponseMessage> ActAsync(HttpClient http, string incidentId, string verb, IncidentOutcome? outcome = null) =>
        outcome is { } o
            ? http.PostAsJsonAsync($"/api/incidents/{incidentId}/{verb}", new { outcome = o.ToString() }, Json)
            : http.PostAsJsonAsync($"/api/incidents/{incidentId}/{verb}", new { }, Json);

    public static async Task<JsonDocument> ReadJsonAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync());
}
