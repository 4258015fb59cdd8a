namespace ResponseCentre.Grains.Abstractions.Accounts;

/// <summary>What a signed-in person may do.</summary>
[GenerateSerializer, Alias("rc.UserRole")]
public enum UserRole
{
    /// <summary>Watches the queue of their tenants, reads resident cards and acts on any incident of those tenants.</summary>
    Operator = 1,

    /// <summary>A responder on a phone: sees and acts on only the incidents dispatched to them, and those residents' cards.</summary>
    FieldStaff,

    /// <summary>Leads a team: an operator's view of their tenants, acting as the staff member they are.</summary>
    TeamLead,

    /// <summary>Manages residents, devices, teams, rosters, policies and accounts, and reads the audit trail.</summary>
    Administrator,
}
