using Orleans.Concurrency;
using ResponseCentre.Grains.Abstractions.Statistics;
using ResponseCentre.Grains.Persistence;

namespace ResponseCentre.Grains.Statistics;

/// <summary>
/// Keeps a tenant's most recent closed incidents (a bounded window: the KPIs look back days or
/// weeks, not years) and writes them in groups, since many incidents close at once after a storm.
/// </summary>
[Reentrant]
public sealed class IncidentStatsGrain : Grain, IIncidentStatsGrain
{
    /// <summary>Enough for months of a large municipality at a few hundred incidents a day.</summary>
    internal const int Kept = 50_000;

    private readonly IPersistentState<IncidentStatsState> _state;
    private readonly GroupCommit _commit;

    public IncidentStatsGrain([PersistentState("incidentStats", StorageNames.Default)] IPersistentState<IncidentStatsState> state)
    {
        _state = state;
        _commit = new GroupCommit(state.WriteStateAsync);
    }

    public Task RecordAsync(ClosedIncident incident)
    {
        var closed = _state.State.Closed;
        if (closed.Exists(c => c.Id == incident.Id))
        {
            return Task.CompletedTask;
        }

        closed.Add(incident);
        if (closed.Count > Kept)
        {
            closed.RemoveRange(0, closed.Count - Kept);
        }

        return _commit.SaveAsync();
    }

    public Task<IReadOnlyList<ClosedIncident>> GetClosedAsync(DateTimeOffset since, DateTimeOffset until) =>
        Task.FromResult<IReadOnlyList<ClosedIncident>>(
            [.. _state.State.Closed.Where(c => c.ClosedAt >= since && c.ClosedAt < until).OrderBy(c => c.ClosedAt)]);
}
