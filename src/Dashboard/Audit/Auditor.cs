using ResponseCentre.Dashboard.Accounts;

namespace ResponseCentre.Dashboard.Audit;

/// <summary>Writes audit rows for the signed-in user, stamped by the centre's clock.</summary>
public sealed class Auditor(IAuditTrail trail, TimeProvider time)
{
    public Task RecordAsync(SignedInUser user, string action, string? resident = null, string? incident = null, string? detail = null,
        CancellationToken cancellationToken = default) =>
        trail.AppendAsync(new AuditEntry(0, time.GetUtcNow(), user.UserName, user.Role.ToString(), action, resident, incident, detail), cancellationToken);
}
