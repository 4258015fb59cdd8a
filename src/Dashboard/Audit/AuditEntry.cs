namespace ResponseCentre.Dashboard.Audit;

/// <summary>
/// One audited act: who did what, when, to which resident or incident, or to which other
/// <paramref name="Subject"/> (e.g. <c>account/nurse1</c>, <c>device/sim-0001</c>, <c>team/north</c>, <c>tenant/demo</c>).
/// </summary>
/// <remarks><c>Id</c> is the row number, rising; 0 before it is stored.</remarks>
public sealed record AuditEntry(
    long Id, DateTimeOffset At, string User, string Role, string Action, string? Resident, string? Incident, string? Detail, string? Subject = null);
