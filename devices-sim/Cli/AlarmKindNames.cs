using System.Reflection;
using System.Text.Json.Serialization;
using ResponseCentre.Protocol;

namespace ResponseCentre.DevicesSim.Cli;

/// <summary>
/// The alarm kinds by their wire names (<c>push_button</c>, <c>fall</c>, ...), read from the protocol's own
/// JSON attributes so the command line accepts exactly what devices send.
/// </summary>
internal static class AlarmKindNames
{
    private static readonly Dictionary<string, AlarmKind> KindsByWireName = Enum.GetValues<AlarmKind>()
        .ToDictionary(WireName, kind => kind, StringComparer.Ordinal);

    public static IEnumerable<string> All => KindsByWireName.Keys;

    public static string WireName(AlarmKind kind) =>
        typeof(AlarmKind).GetField(kind.ToString())?.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()?.Name
        ?? kind.ToString();

    public static AlarmKind Parse(string wireName) =>
        KindsByWireName.TryGetValue(wireName, out var kind)
            ? kind
            : throw new FormatException($"Unknown alarm kind '{wireName}'; use one of: {string.Join(", ", All)}.");
}
