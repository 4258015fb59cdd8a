using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using ResponseCentre.Grains.Abstractions.Incidents;

namespace ResponseCentre.Dashboard.Observability;

/// <summary>
/// Open incidents by state, as this dashboard node sees the feed: loaded from the feed at start,
/// then kept current by every change the feed pushes.
/// </summary>
public sealed class OpenIncidentGauge
{
    public const string MeterName = "ResponseCentre.Incidents";

    private readonly ConcurrentDictionary<IncidentId, IncidentStatus> _open = new();

    public OpenIncidentGauge(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        meter.CreateObservableGauge("responsecentre.incidents.open", Measure, "{incident}", "Open incidents, by state.");
    }

    public void Reset(IEnumerable<IncidentView> open)
    {
        _open.Clear();
        foreach (var incident in open)
        {
            Apply(incident);
        }
    }

    public void Apply(IncidentView incident)
    {
        if (incident.IsClosed)
        {
            _open.TryRemove(incident.Id, out _);
        }
        else
        {
            _open[incident.Id] = incident.Status;
        }
    }

    private IEnumerable<Measurement<int>> Measure()
    {
        var counts = _open.Values.GroupBy(status => status).ToDictionary(g => g.Key, g => g.Count());
        // Every open state is reported, zero included, so a dashboard's series never has gaps.
        foreach (var status in Enum.GetValues<IncidentStatus>().Where(s => s is not IncidentStatus.Resolved and not IncidentStatus.Cancelled))
        {
            yield return new Measurement<int>(counts.GetValueOrDefault(status), new KeyValuePair<string, object?>("status", status.ToString()));
        }
    }
}
