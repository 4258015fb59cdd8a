using System.Diagnostics;
using System.Threading.Channels;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using ResponseCentre.Dashboard.Hosting;
using ResponseCentre.Grains.Abstractions.Incidents;

namespace ResponseCentre.Testing;

/// <summary>A dashboard on a real SignalR client, collecting every incident the hub pushes.</summary>
public sealed class DashboardListener : IAsyncDisposable
{
    private readonly HubConnection _connection;
    private readonly Channel<(IncidentView Incident, long ReceivedTimestamp)> _incidents = Channel.CreateUnbounded<(IncidentView, long)>();

    private DashboardListener(HubConnection connection)
    {
        _connection = connection;
        _connection.On<IncidentView>("IncidentChanged", incident => _incidents.Writer.TryWrite((incident, Stopwatch.GetTimestamp())));
    }

    public static async Task<DashboardListener> ConnectAsync(Uri baseAddress)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(baseAddress, "/hubs/incidents"))
            .AddJsonProtocol(o => DashboardJson.Configure(o.PayloadSerializerOptions))
            .Build();
        var listener = new DashboardListener(connection);
        await connection.StartAsync();
        return listener;
    }

    /// <summary>Waits for the first pushed incident that matches, skipping others; fails after <paramref name="timeout"/>.</summary>
    public async Task<IncidentView> WaitForAsync(Func<IncidentView, bool> match, TimeSpan timeout) =>
        (await WaitForReceiptAsync(match, timeout)).Incident;

    /// <summary>As <see cref="WaitForAsync"/>, with the <see cref="Stopwatch"/> timestamp of the push's arrival.</summary>
    public async Task<(IncidentView Incident, long ReceivedTimestamp)> WaitForReceiptAsync(Func<IncidentView, bool> match, TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        await foreach (var pushed in _incidents.Reader.ReadAllAsync(cancel.Token))
        {
            if (match(pushed.Incident))
            {
                return pushed;
            }
        }

        throw new InvalidOperationException("The incident channel closed.");
    }

    public ValueTask DisposeAsync() => _connection.DisposeAsync();
}
