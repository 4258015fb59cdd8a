namespace ResponseCentre.Protocol;

/// <summary>The rules a device id follows: 1 to 64 characters of letters, digits, '-', '_' and '.'.</summary>
public static class DeviceIds
{
    /// <summary>The longest device id accepted.</summary>
    public const int MaxLength = 64;

    /// <summary>True when <paramref name="deviceId"/> follows the rules.</summary>
    public static bool IsValid(ReadOnlySpan<char> deviceId)
    {
        if (deviceId.IsEmpty || deviceId.Length > MaxLength)
        {
            return false;
        }

        foreach (var c in deviceId)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.'))
            {
                return false;
            }
        }

        return true;
    }
}
