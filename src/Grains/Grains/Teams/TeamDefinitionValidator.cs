using ResponseCentre.Grains.Abstractions.Teams;

namespace ResponseCentre.Grains.Teams;

/// <summary>Checks a team as an administrator sends it; each refusal names the field, as in the JSON API.</summary>
public static class TeamDefinitionValidator
{
    public static void Validate(TeamDefinition team, TeamId key)
    {
        ArgumentNullException.ThrowIfNull(team);
        if (team.Id != key)
        {
            throw new ArgumentException($"id '{team.Id}' does not match team '{key}'.");
        }

        Require(!string.IsNullOrWhiteSpace(team.Tenant.Value), "tenant is required.");
        Require(!string.IsNullOrWhiteSpace(team.Name), "name is required.");
        Require(Enum.IsDefined(team.Kind), $"kind '{team.Kind}' is not a team kind.");
        Require(team.Members is not null, "members is required.");

        var seen = new HashSet<StaffId>();
        for (var i = 0; i < team.Members!.Count; i++)
        {
            var member = team.Members[i];
            Require(member is not null, $"members[{i}] is required.");
            Require(!string.IsNullOrWhiteSpace(member!.Staff.Value), $"members[{i}].staff is required.");
            Require(!string.IsNullOrWhiteSpace(member.Name), $"members[{i}].name is required for staff '{member.Staff}'.");
            Require(Enum.IsDefined(member.Role), $"members[{i}].role '{member.Role}' is not a team role.");
            Require(seen.Add(member.Staff), $"members[{i}].staff '{member.Staff}' is listed more than once in team '{key}'.");
        }
    }

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new ArgumentException(message);
        }
    }
}
