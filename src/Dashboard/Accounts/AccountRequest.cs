using ResponseCentre.Grains.Abstractions.Accounts;

namespace ResponseCentre.Dashboard.Accounts;

/// <summary>An administrator creating or changing an account; a null password keeps the current one.</summary>
public sealed record AccountRequest(string DisplayName, UserRole Role, IReadOnlyList<string> Tenants, string? StaffId = null, string? Password = null);
