namespace ResponseCentre.Dashboard.Audit;

/// <summary>How audit rows name what an administrative change was made to, e.g. <c>account/nurse1</c>.</summary>
public static class AuditSubjects
{
    public static string Account(string userName) => "account/" + userName;

    public static string Device(string deviceId) => "device/" + deviceId;

    public static string Team(string teamId) => "team/" + teamId;

    public static string Tenant(string tenant) => "tenant/" + tenant;
}
