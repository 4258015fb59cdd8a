namespace ResponseCentre.Dashboard.Audit;

/// <summary>The names audit rows use for what was done. Incident actions use their verb (Accept, Decline, EnRoute, OnSite, Resolve).</summary>
public static class AuditActions
{
    // Reads of health and personal data, and of the trail itself.
    public const string ReadResidentCard = "ReadResidentCard";
    public const string ReadSensors = "ReadSensors";
    public const string ReadSeries = "ReadSeries";
    public const string SearchResidents = "SearchResidents";
    public const string ReadIncidentList = "ReadIncidentList";
    public const string ReadIncident = "ReadIncident";
    public const string ReadIncidentTimeline = "ReadIncidentTimeline";
    public const string ReadSensorRules = "ReadSensorRules";
    public const string ReadAuditTrail = "ReadAuditTrail";
    public const string VerifyAuditTrail = "VerifyAuditTrail";

    // Signing in and out; a refused sign-in is Denied:SignIn with the attempted name as user.
    public const string SignIn = "SignIn";
    public const string SignOut = "SignOut";

    // Administrative changes.
    public const string CreateAccount = "CreateAccount";
    public const string UpdateAccount = "UpdateAccount";
    public const string SaveResident = "SaveResident";
    public const string RegisterDevice = "RegisterDevice";
    public const string SetDeviceCredentials = "SetDeviceCredentials";
    public const string SetDeviceSupervision = "SetDeviceSupervision";
    public const string SetSensorRules = "SetSensorRules";
    public const string RecordDoseTaken = "RecordDoseTaken";
    public const string DefineTeam = "DefineTeam";
    public const string SetRoster = "SetRoster";
    public const string ImportRoster = "ImportRoster";
    public const string SetPolicies = "SetPolicies";

    /// <summary>A refused attempt, e.g. <c>Denied:ReadResidentCard</c>: refusals are audited too.</summary>
    public static string Denied(string action) => "Denied:" + action;
}
