namespace ResponseCentre.Dashboard.Audit;

/// <summary>The names audit rows use for what was done.</summary>
public static class AuditActions
{
    public const string ReadResidentCard = "ReadResidentCard";
    public const string ReadSensors = "ReadSensors";
    public const string ReadSeries = "ReadSeries";

    /// <summary>A refused attempt, e.g. <c>Denied:ReadResidentCard</c>: refusals are audited too.</summary>
    public static string Denied(string action) => "Denied:" + action;
}
