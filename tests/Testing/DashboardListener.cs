using System.Diagnostics;
using System.Threading.Channels;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using ResponseCentre.Dashboard.Hosting;
using ResponseCentre.Grains.Abstractions.Escalation;
using ResponseCentre.Grains.Abstractions.Incidents;
using ResponseCentre.Grains.Abstractions.Signals;

namespace ResponseCentre.Testing;

/// <summary>A dashboard on a real SignalR client, collecting every incident the hub pushes.</summary>
public sealed class DashboardListener : IAsyncDisposable
{
    private readonly HubConnection _connection;
    private readonly Channel<(IncidentView Incident, long ReceivedTimestamp)> _incidents = Channel.CreateUnbounded<(IncidentView, long)>();
    private readonly Channel<EscalationNotice> _notices = Channel.CreateUnbounded<EscalationNotice>();
    private readonly Channel<RiskSignal> _signals = Channel.CreateUnbounded<RiskSignal>();

    private DashboardListener(HubConnection connection)
    {
        _connection = connection;
        _connection.On<IncidentView>("IncidentChanged", incident => _incidents.Writer.TryWrite((incident, Stopwatch.GetTimestamp())));
        _connection.On<EscalationNotice>("Notified", notice => _notices.Writer.TryWrite(notice));
        _connection.On<RiskSignal>("RiskSignalRaised", signal => _signals.Writer.TryWrite(signal));
    }

    /// <summary>
    /// Signs in and connects: as the demo administrator (the desk of every tenant, seeing every
    /// incident), or as the field responder <paramref name="staffId"/>, who sees what is dispatched to them.
    /// </summary>
    public static async Task<DashboardListener> ConnectAsync(Uri baseAddress, string? staffId = null)
    {
        var (userName, password) = staffId is null
            ? (SignIn.AdministratorUser, SignIn.AdministratorPassword)
            : await SignIn.EnsureStaffAccountAsync(baseAddress, staffId);
        return await ConnectAsAsync(baseAddress, userName, password);
    }

    /// <summary>Signs in as <paramref name="userName"/> and connects; the hub places the connection from the login.</summary>
    public static async Task<DashboardListener> ConnectAsAsync(Uri baseAddress, string userName, string password)
    {
        var cookies = await SignIn.CookiesForAsync(baseAddress, userName, password);
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(baseAddress, "/hubs/incidents"), options => options.Cookies = cookies)
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
    public Task<(IncidentView Incident, long ReceivedTimestamp)> WaitForReceiptAsync(Func<IncidentView, bool> match, TimeSpan timeout) =>
        _incidents.Reader.FirstMatchAsync(pushed => match(pushed.Incident), timeout);

    /// <summary>
    /// Waits until a pushed incident has been seen for every key in <paramref name="keys"/>, where
    /// <paramref name="keyOf"/> gives an incident's key (null: not one of interest); returns when each
    /// key first arrived (<see cref="Stopwatch"/> timestamps).
    /// </summary>
    public async Task<IReadOnlyDictionary<string, long>> WaitForEachAsync(
        IReadOnlyCollection<string> keys, Func<IncidentView, string?> keyOf, TimeSpan timeout)
    {
        var arrivals = new Dictionary<string, long>();
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await foreach (var (incident, received) in _incidents.Reader.ReadAllAsync(cancel.Token))
            {
                if (keyOf(incident) is { } key && keys.Contains(key))
                {
                    arrivals.TryAdd(key, received);
                    if (arrivals.Count == keys.Count)
                    {
                        return arrivals;
                    }
                }
            }
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
            var missing = keys.Where(key => !arrivals.ContainsKey(key)).ToList();
            throw new TimeoutException($"Within {timeout}, no incident arrived for {missing.Count} of {keys.Count}: {string.Join(", ", missing.Take(10))}");
        }

        throw new InvalidOperationException("The connection closed before every expected incident arrived.");
    }

    /// <summary>Waits for the first escalation notice that matches, skipping others; fails after <paramref name="timeout"/>.</summary>
    public Task<EscalationNotice> WaitForNoticeAsync(Func<EscalationNotice, bool> match, TimeSpan timeout) =>
        _notices.Reader.FirstMatchAsync(match, timeout);

    /// <summary>Also follows a team's risk signals.</summary>
    public Task WatchTeamAsync(string teamId) => _connection.InvokeAsync("WatchTeam", teamId);

    /// <summary>Waits for the first risk signal that matches, skipping others; fails after <paramref name="timeout"/>.</summary>
    public Task<RiskSignal> WaitForSignalAsync(Func<RiskSignal, bool> match, TimeSpan timeout) =>
        _signals.Reader.FirstMatchAsync(match, timeout);

    /// <summary>Calls a hub action (Accept, Decline, MarkEnRoute, MarkOnSite, Resolve) as this connection's user.</summary>
    public Task<IncidentView> ActAsync(string action, params object[] arguments) =>
        _connection.InvokeCoreAsync<IncidentView>(action, arguments);

    public ValueTask DisposeAsync() => _connection.DisposeAsync();
}
