using ResponseCentre.Grains.Abstractions.Devices;
using ResponseCentre.Grains.Abstractions.Incidents;
using ResponseCentre.Grains.Abstractions.Residents;
using ResponseCentre.Grains.Incidents;

namespace ResponseCentre.Grains.Tests;

public sealed class IncidentQueueOrderTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 22, 21, 0, 0, TimeSpan.Zero);

    private static IncidentView Incident(string id, IncidentPriority priority, int ageSeconds) =>
        new(new IncidentId(id), new ResidentId("r"), new TenantId("t"), IncidentKind.Fall, priority, IncidentStatus.Raised,
            new DeviceId("d"), Start, Start.AddSeconds(-ageSeconds));

    [Fact]
    public void Orders_by_priority_then_oldest_first()
    {
        var newAssistance = Incident("a", IncidentPriority.Assistance, 5);
        var oldAssistance = Incident("b", IncidentPriority.Assistance, 50);
        var newLifeThreatening = Incident("c", IncidentPriority.LifeThreatening, 1);
        var oldTechnical = Incident("d", IncidentPriority.Technical, 500);

        var queue = new[] { oldTechnical, newAssistance, newLifeThreatening, oldAssistance }.Order(IncidentQueueOrder.Instance);

        Assert.Equal(["c", "b", "a", "d"], queue.Select(i => i.Id.Value));
    }

    [Theory]
    [InlineData(IncidentKind.Fall, IncidentPriority.LifeThreatening)]
    [InlineData(IncidentKind.Fire, IncidentPriority.LifeThreatening)]
    [InlineData(IncidentKind.Seizure, IncidentPriority.LifeThreatening)]
    [InlineData(IncidentKind.VitalSignOutOfRange, IncidentPriority.LifeThreatening)]
    [InlineData(IncidentKind.AssistanceCall, IncidentPriority.Assistance)]
    [InlineData(IncidentKind.StoveGuard, IncidentPriority.Assistance)]
    public void Life_threatening_kinds_rank_above_assistance_calls(IncidentKind kind, IncidentPriority expected)
    {
        Assert.Equal(expected, IncidentPriorities.For(kind));
    }
}
