using ResponseCentre.Grains.Abstractions.Escalation;
using ResponseCentre.Grains.Abstractions.Teams;
using ResponseCentre.Grains.Incidents;

namespace ResponseCentre.Grains.Tests.Incidents;

public sealed class DispatchPlannerTests
{
    private static readonly TeamId Team = new("t");
    private static readonly StaffId Anna = new("anna"), Bjorn = new("bjorn"), Lead = new("lead");
    private static readonly OnDutyView AllOnDuty = new(Team,
        [new TeamMember(Anna, "Anna", TeamRole.Responder), new TeamMember(Bjorn, "Bjørn", TeamRole.Responder), new TeamMember(Lead, "Lead", TeamRole.Lead)],
        [new TeamMember(Lead, "Lead", TeamRole.Lead)]);

    private static Dispatch Plan(NotifyTarget target, OnDutyView? onDuty = null, StaffId[]? declined = null, StaffId[]? asked = null) =>
        DispatchPlanner.Plan(new EscalationStep(target, TimeSpan.FromSeconds(30)), Team, onDuty ?? AllOnDuty, declined ?? [], asked ?? []);

    [Fact]
    public void On_duty_responder_step_asks_the_first_responder_not_yet_asked()
    {
        Assert.Equal([Anna], Plan(NotifyTarget.OnDutyResponder).Recipients);
        Assert.Equal([Bjorn], Plan(NotifyTarget.OnDutyResponder, asked: [Anna]).Recipients);
        Assert.Equal([Anna], Plan(NotifyTarget.OnDutyResponder, asked: [Anna, Bjorn]).Recipients);
    }

    [Fact]
    public void Nobody_who_declined_is_asked_again()
    {
        Assert.Equal([Bjorn, Lead], Plan(NotifyTarget.WholeTeam, declined: [Anna]).Recipients);
        Assert.Equal([Bjorn], Plan(NotifyTarget.OnDutyResponder, declined: [Anna]).Recipients);
    }

    [Fact]
    public void Empty_roster_sends_the_step_to_the_operators_with_the_reason()
    {
        var dispatch = Plan(NotifyTarget.WholeTeam, new OnDutyView(Team, [], []));

        Assert.Empty(dispatch.Recipients);
        Assert.True(dispatch.NobodyToAsk);
        Assert.Equal("nobody is on duty in team t", dispatch.OperatorReason);
    }

    [Fact]
    public void Everyone_having_declined_sends_the_step_to_the_operators()
    {
        var dispatch = Plan(NotifyTarget.OnDutyResponder, declined: [Anna, Bjorn]);

        Assert.Equal("everyone on duty in team t has declined", dispatch.OperatorReason);
    }

    [Fact]
    public void No_routed_team_sends_every_step_to_the_operators()
    {
        var dispatch = DispatchPlanner.Plan(new EscalationStep(NotifyTarget.OnDutyResponder, TimeSpan.FromSeconds(30)), null, null, [], []);

        Assert.True(dispatch.NobodyToAsk);
        Assert.Contains("no team", dispatch.OperatorReason, StringComparison.Ordinal);
    }

    [Fact]
    public void Emergency_services_step_tells_the_operators_to_call_113()
    {
        var dispatch = Plan(NotifyTarget.EmergencyServices);

        Assert.False(dispatch.NobodyToAsk);
        Assert.Contains("113", dispatch.OperatorReason, StringComparison.Ordinal);
    }

    [Fact]
    public void Team_lead_step_asks_the_leads_whether_on_duty_or_not()
    {
        var leadOffDuty = new OnDutyView(Team, [new TeamMember(Anna, "Anna", TeamRole.Responder)], [new TeamMember(Lead, "Lead", TeamRole.Lead)]);

        Assert.Equal([Lead], Plan(NotifyTarget.TeamLead, leadOffDuty).Recipients);
    }
}
