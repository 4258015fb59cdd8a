using ResponseCentre.Grains.Abstractions.Incidents;
using ResponseCentre.Grains.Abstractions.Statistics;

namespace ResponseCentre.Grains.Incidents;

/// <summary>Reads the KPI moments of a closed incident off its timeline.</summary>
internal static class ClosedIncidents
{
    public static ClosedIncident From(IncidentView view, string district, IReadOnlyList<TimelineEntry> timeline) => new(
        view.Id,
        view.Kind,
        view.Team,
        district,
        view.RaisedAt,
        First(timeline, IncidentEvent.Accepted),
        First(timeline, IncidentEvent.OnSite),
        timeline.Count > 0 ? timeline[^1].At : view.RaisedAt,
        view.Status,
        view.Outcome);

    private static DateTimeOffset? First(IReadOnlyList<TimelineEntry> timeline, IncidentEvent happened) =>
        timeline.FirstOrDefault(entry => entry.Event == happened)?.At;
}
