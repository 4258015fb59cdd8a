using ResponseCentre.Grains.Abstractions.Teams;

namespace ResponseCentre.Grains.Teams;

/// <summary>Checks a roster against its team; each refusal names the field, as in the JSON API.</summary>
public static class RosterValidator
{
    public static void Validate(Roster roster, TeamDefinition team)
    {
        ArgumentNullException.ThrowIfNull(roster);
        ArgumentNullException.ThrowIfNull(team);
        RosterTimeZone.Resolve(roster.TimeZone);
        Require(roster.Shifts is not null, "shifts is required (may be empty).");
        Require(roster.Overrides is not null, "overrides is required (may be empty).");

        var members = team.Members.Select(member => member.Staff).ToHashSet();
        for (var i = 0; i < roster.Shifts!.Count; i++)
        {
            var shift = roster.Shifts[i];
            Require(shift is not null, $"shifts[{i}] is required.");
            RequireMember(members, shift!.Staff, $"shifts[{i}].staff", team.Id);
            Require(shift.Days is { Count: > 0 }, $"shifts[{i}].days must name at least one day.");
            Require(shift.Days!.All(Enum.IsDefined), $"shifts[{i}].days has a value that is not a day of the week.");
        }

        for (var i = 0; i < roster.Overrides!.Count; i++)
        {
            var entry = roster.Overrides[i];
            Require(entry is not null, $"overrides[{i}] is required.");
            RequireMember(members, entry!.Staff, $"overrides[{i}].staff", team.Id);
            Require(entry.From < entry.To, $"overrides[{i}].from ({entry.From:O}) must be before overrides[{i}].to ({entry.To:O}).");
        }
    }

    private static void RequireMember(HashSet<StaffId> members, StaffId staff, string field, TeamId team) =>
        Require(members.Contains(staff), $"{field} '{staff}' is not a member of team '{team}'.");

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new ArgumentException(message);
        }
    }
}
