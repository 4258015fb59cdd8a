using ResponseCentre.Grains.Abstractions.Accounts;

namespace ResponseCentre.Dashboard.Accounts;

/// <summary>Checks an account request and names every wrong field.</summary>
public static class AccountValidator
{
    public static Dictionary<string, string[]> Errors(string userName, AccountRequest request, bool isNew)
    {
        var errors = new Dictionary<string, string[]>();
        if (!Protocol.DeviceIds.IsValid(userName))
        {
            errors["userName"] = ["1 to 64 letters, digits, '-', '_' or '.'"];
        }

        if (string.IsNullOrWhiteSpace(request.DisplayName))
        {
            errors["displayName"] = ["is empty"];
        }

        if (!Enum.IsDefined(request.Role))
        {
            errors["role"] = ["must be Operator, FieldStaff, TeamLead or Administrator"];
        }

        if (request.Tenants is not { Count: > 0 } || request.Tenants.Any(string.IsNullOrWhiteSpace))
        {
            errors["tenants"] = ["name at least one tenant (or * for all), none empty"];
        }

        if (request.Role is UserRole.FieldStaff or UserRole.TeamLead && string.IsNullOrWhiteSpace(request.StaffId))
        {
            errors["staffId"] = [$"is required for {request.Role}: it is the team member the person is"];
        }

        if (request.Password is null)
        {
            if (isNew)
            {
                errors["password"] = ["is required for a new account"];
            }
        }
        else if (PasswordPolicy.Problems(userName, request.Password) is { Count: > 0 } problems)
        {
            errors["password"] = [.. problems];
        }

        return errors;
    }
}
