namespace ResponseCentre.Dashboard.Audit;

/// <summary>One audited act: who did what, when, to which resident or incident.</summary>
/// <remarks><c>Id</c> is the row number, rising; 0 before it is stored.</remarks>
public sealed record AuditEntry(long Id, DateTimeOffset At, string User, string Role, string Action, string? Resident, string? Incident, string? Detail);
