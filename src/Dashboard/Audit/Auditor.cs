using ResponseCentre.Dashboard.Accounts;

namespace ResponseCentre.Dashboard.Audit;

/// <summary>Writes audit rows for the signed-in user (or a sign-in attempt's name), stamped by the centre's clock.</summary>
public sealed class Auditor(IAuditTrail trail, TimeProvider time)
{
    /// <summary>Longer attempted user names are cut, so a sign-in attempt cannot write an arbitrarily large row.</summary>
    public const int MaxUserNameLength = 128;

    public Task RecordAsync(SignedInUser user, string action, string? resident = null, string? incident = null, string? detail = null,
        string? subject = null, CancellationToken cancellationToken = default) =>
        RecordAsync(user.UserName, user.Role.ToString(), action, resident, incident, detail, subject, cancellationToken);

    /// <summary>A row for the user behind the request.</summary>
    public Task RecordAsync(HttpContext http, string action, string? resident = null, string? incident = null, string? detail = null, string? subject = null) =>
        RecordAsync(http.User.SignedInUser(), action, resident, incident, detail, subject, http.RequestAborted);

    /// <summary>A row for someone not (yet) signed in: a sign-in attempt under <paramref name="userName"/>.</summary>
    public Task RecordAnonymousAsync(string? userName, string action, string? detail, CancellationToken cancellationToken = default) =>
        RecordAsync(Shorten(userName?.Trim() ?? ""), AnonymousRole, action, null, null, detail, null, cancellationToken);

    /// <summary>Where a request came from, for the rows of sign-ins and refused sign-ins.</summary>
    public static string Source(HttpContext http) => $"from {http.Connection.RemoteIpAddress}";

    /// <summary>The role written for a sign-in attempt that matched no account or the wrong password.</summary>
    public const string AnonymousRole = "None";

    private Task RecordAsync(string user, string role, string action, string? resident, string? incident, string? detail, string? subject,
        CancellationToken cancellationToken) =>
        trail.AppendAsync(new AuditEntry(0, time.GetUtcNow(), user, role, action, resident, incident, detail, subject), cancellationToken);

    private static string Shorten(string userName) => userName.Length <= MaxUserNameLength ? userName : userName[..MaxUserNameLength] + "…";
}
