using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ResponseCentre.Dashboard.Hosting;
using ResponseCentre.Protocol;
using ResponseCentre.Testing;
using ResponseCentre.TimeSeries;

namespace ResponseCentre.EndToEnd.Tests;

/// <summary>Readings published over MQTT land in a real InfluxDB and come back downsampled through the API, audited.</summary>
public sealed class SensorSeriesTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Temperatures_published_by_a_sensor_are_charted_per_bucket_and_the_read_is_audited()
    {
        await using var influx = await InfluxProcess.StartAsync();
        var app = new ResponseCentreApp();
        app.Settings["TimeSeries:Url"] = influx.Url;
        await app.InitializeAsync();
        try
        {
            await ChartAsync(app);
        }
        finally
        {
            await ((IAsyncLifetime)app).DisposeAsync();
        }
    }

    private static async Task ChartAsync(ResponseCentreApp app)
    {
        var hour = new DateTimeOffset(2026, 11, 24, 10, 0, 0, TimeSpan.Zero);
        var shipped = ShippedAsync(app, 4);
        await using (var sensor = await TestDevice.ConnectAsync(app.MqttPort, "sim-0801"))
        {
            // Four readings in two ten-minute buckets.
            foreach (var (minute, celsius) in new[] { (1, 20.0), (4, 22.0), (12, 18.0), (15, 19.0) })
            {
                var payload = string.Create(CultureInfo.InvariantCulture,
                    $$"""{"deviceId":"sim-0801","messageId":"{{minute}}","timestamp":"{{hour.AddMinutes(minute):O}}","readings":""") +
                    string.Create(CultureInfo.InvariantCulture, $"{{\"temperature\":{celsius}}}}}");
                Assert.True((await sensor.PublishAsync(Topics.DeviceTelemetry("sim-0801"), System.Text.Encoding.UTF8.GetBytes(payload))).IsSuccess);
            }
        }

        using var http = await SignIn.AsAdministratorAsync(app.BaseAddress);
        var json = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        DashboardJson.Configure(json);
        var url = $"/api/residents/sim-r-0801/series/Temperature?from={Uri.EscapeDataString(hour.ToString("O"))}&to={Uri.EscapeDataString(hour.AddMinutes(20).ToString("O"))}&bucket=00:10:00";

        // The PUBACK means the readings are in the local journal; the shipper sends them to InfluxDB soon after.
        await shipped.WaitAsync(Patience);
        var buckets = await http.GetFromJsonAsync<List<SeriesBucket>>(url, json) ?? [];

        Assert.Equal([hour, hour.AddMinutes(10)], buckets.Select(b => b.Start));
        Assert.Equal([21.0, 18.5], buckets.Select(b => b.Mean!.Value));
        Assert.Equal([20.0, 18.0], buckets.Select(b => b.Min!.Value));
        using var audit = JsonDocument.Parse(await http.GetStringAsync("/api/admin/audit?resident=sim-r-0801"));
        Assert.Contains(audit.RootElement.EnumerateArray(), row => row.GetProperty("action").GetString() == "ReadSeries"
            && row.GetProperty("user").GetString() == SignIn.AdministratorUser
            && row.GetProperty("detail").GetString()!.StartsWith("Temperature ", StringComparison.Ordinal));
    }

    /// <summary>Completes once InfluxDB has confirmed <paramref name="points"/> points (the store's own status says so).</summary>
    private static Task ShippedAsync(ResponseCentreApp app, long points)
    {
        var status = app.Services.GetRequiredService<TimeSeriesStatus>();
        var shipped = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        status.Changed += (_, _) =>
        {
            if (status.PointsWritten >= points)
            {
                shipped.TrySetResult();
            }
        };
        if (status.PointsWritten >= points)
        {
            shipped.TrySetResult();
        }

        return shipped.Task;
    }
}
