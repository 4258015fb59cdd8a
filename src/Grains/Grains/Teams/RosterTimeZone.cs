namespace ResponseCentre.Grains.Teams;

/// <summary>Resolves a roster's IANA time zone, refusing unknown ones with the field named.</summary>
public static class RosterTimeZone
{
    public static TimeZoneInfo Resolve(string? timeZone, string field = "timeZone")
    {
        if (string.IsNullOrWhiteSpace(timeZone))
        {
            throw new ArgumentException($"{field} is required, e.g. 'Europe/Oslo'.");
        }

        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(timeZone);
        }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            throw new ArgumentException($"{field} '{timeZone}' is not a known time zone.", ex);
        }
    }
}
