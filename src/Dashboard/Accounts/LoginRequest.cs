namespace ResponseCentre.Dashboard.Accounts;

public sealed record LoginRequest(string UserName, string Password);
