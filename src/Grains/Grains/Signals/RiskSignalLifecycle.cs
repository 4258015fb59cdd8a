using System.Globalization;
using ResponseCentre.Grains.Abstractions.Residents;
using ResponseCentre.Grains.Abstractions.Signals;

namespace ResponseCentre.Grains.Signals;

/// <summary>
/// Raises a signal once when its condition is first met and keeps it, figures as raised, while the
/// condition holds or has been clear for less than <see cref="RiskSignalPolicy.ClearAfter"/>; so a
/// trend that persists is not raised again every day, and one that flickers is not raised twice.
/// </summary>
public static class RiskSignalLifecycle
{
    public static RiskSignalUpdate Apply(
        IReadOnlyList<TrackedSignal> tracked, IReadOnlyList<RiskFinding> findings, ResidentProfile resident, RiskSignalPolicy policy, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(tracked);
        ArgumentNullException.ThrowIfNull(findings);
        ArgumentNullException.ThrowIfNull(resident);
        ArgumentNullException.ThrowIfNull(policy);
        var kept = new List<TrackedSignal>();
        var cleared = new List<RiskSignal>();
        var changed = false;
        foreach (var signal in tracked)
        {
            var met = findings.Any(f => f.Kind == signal.Signal.Kind);
            DateTimeOffset? clearSince = met ? null : signal.ClearSince ?? now;
            if (clearSince is { } since && now - since >= policy.ClearAfter)
            {
                cleared.Add(signal.Signal);
                changed = true;
                continue;
            }

            changed |= clearSince != signal.ClearSince;
            kept.Add(signal with { ClearSince = clearSince });
        }

        var raised = new List<RiskSignal>();
        foreach (var finding in findings.Where(f => !kept.Exists(t => t.Signal.Kind == f.Kind)))
        {
            var signal = new RiskSignal(IdFor(resident.Id, finding.Kind, now), resident.Id, resident.Tenant, resident.AssignedTeams,
                finding.Kind, finding.Figures, finding.Sentence, now);
            raised.Add(signal);
            kept.Add(new TrackedSignal(signal, ClearSince: null, AcknowledgedBy: null, AcknowledgedAt: null, Delivered: false));
            changed = true;
        }

        return new RiskSignalUpdate(kept, raised, cleared) { Changed = changed };
    }

    // Derived rather than random: one kind is raised at most once at any instant for a resident.
    private static RiskSignalId IdFor(ResidentId resident, RiskSignalKind kind, DateTimeOffset raisedAt) =>
        new(string.Create(CultureInfo.InvariantCulture, $"{resident}/{kind}/{raisedAt.UtcDateTime:yyyyMMdd'T'HHmmss'Z'}"));
}
