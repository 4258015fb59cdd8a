using ResponseCentre.Grains.Abstractions.Accounts;

namespace ResponseCentre.Dashboard.Accounts;

/// <summary>The authorization policies endpoints name. Finer checks (tenant, dispatch) happen per request.</summary>
public static class DashboardPolicies
{
    /// <summary>Anyone signed in: operators, field staff, team leads, administrators.</summary>
    public const string SignedIn = "signed-in";

    /// <summary>The response-centre desk: operators, team leads and administrators, not field staff.</summary>
    public const string Desk = "desk";

    /// <summary>Administrators only.</summary>
    public const string Administrator = "administrator";

    public static readonly string[] DeskRoles = [nameof(UserRole.Operator), nameof(UserRole.TeamLead), nameof(UserRole.Administrator)];
}
